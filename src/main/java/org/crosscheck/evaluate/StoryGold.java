package org.crosscheck.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

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
            StoryGold gold = YAML.readValue(file.toFile(), StoryGold.class);
            return new StoryGold(gold.story(), gold.conflicts() == null ? List.of() : gold.conflicts(),
                    gold.traps() == null ? List.of() : gold.traps(), gold.copies() == null ? List.of() : gold.copies());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
