package org.crosscheck.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A passage annotated with every fact it states: the format of the extraction gold files. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GoldDocument(@JsonProperty("source") String source,
                           @JsonProperty("published") String published,
                           @JsonProperty("text") String text,
                           @JsonProperty("facts") List<GoldFact> facts) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published);
    }

    public static GoldDocument read(Path file) {
        try {
            GoldDocument gold = YAML.readValue(file.toFile(), GoldDocument.class);
            gold.facts().forEach(fact -> fact.requireStart(gold.text(), file, "its text"));
            return gold;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every gold document below a folder, in path order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
