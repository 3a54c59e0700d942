package org.crosscheck.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A gold story's expected.yaml: the planted disagreements, the look-alike traps, the copies. */
public record StoryGold(@JsonProperty("story") String story,
                        @JsonProperty("conflicts") List<Planted> conflicts,
                        @JsonProperty("traps") List<Trap> traps,
                        @JsonProperty("copies") List<List<String>> copies) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A fact named by file and span. */
    public record Ref(@JsonProperty("source") String source, @JsonProperty("span") String span,
                      @JsonProperty("nth") Integer nth) {
        GoldFact asGoldFact() {
            return new GoldFact(span, nth, null, null, null, null, null, null, null);
        }
    }

    /** Facts that really disagree, and the class of finding they call for. */
    public record Planted(@JsonProperty("class") String category, @JsonProperty("note") String note,
                          @JsonProperty("facts") List<Ref> facts) {
    }

    /** Facts that only look different, and why they agree. */
    public record Trap(@JsonProperty("type") String type, @JsonProperty("note") String note,
                       @JsonProperty("facts") List<Ref> facts) {
    }

    public static StoryGold read(Path file) {
        try {
            StoryGold read = YAML.readValue(file.toFile(), StoryGold.class);
            StoryGold gold = new StoryGold(read.story(), read.conflicts() == null ? List.of() : read.conflicts(),
                    read.traps() == null ? List.of() : read.traps(), read.copies() == null ? List.of() : read.copies());
            gold.requireSpans(file);
            return gold;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every referenced span must be in its source: a misspelt span would silently count as a miss. */
    private void requireSpans(Path file) {
        Map<String, String> texts = new HashMap<>();
        Stream.concat(conflicts.stream().flatMap(conflict -> conflict.facts().stream()),
                traps.stream().flatMap(trap -> trap.facts().stream())).forEach(ref -> {
                    String text = texts.computeIfAbsent(ref.source(), name -> sourceText(file, name));
                    ref.asGoldFact().requireStart(text, file, ref.source());
                });
    }

    /** The text of the source {@code name} beside the gold file {@code file}. */
    static String sourceText(Path file, String name) {
        Path source = file.resolveSibling(name);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException(file + ": source not found: " + name);
        }
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }
}
