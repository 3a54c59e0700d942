package org.crosscheck.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.finding.BaselineEntry;
import org.crosscheck.rule.ConfigurationException;

/** A baseline: the findings a corpus had when it was recorded, by fingerprint, as JSON sorted for readable diffs. */
record BaselineFile(@JsonProperty("crosscheckBaseline") int version,
                    @JsonProperty("findings") List<BaselineEntry> findings) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static BaselineFile of(List<BaselineEntry> entries) {
        return new BaselineFile(1, entries.stream().distinct()
                .sorted(Comparator.comparing(BaselineEntry::story).thenComparing(BaselineEntry::rule)
                        .thenComparing(BaselineEntry::label).thenComparing(BaselineEntry::fingerprint))
                .toList());
    }

    static BaselineFile read(Path file) {
        try {
            BaselineFile baseline = JSON.readValue(file.toFile(), BaselineFile.class);
            if (baseline == null || baseline.version() != 1 || baseline.findings() == null) {
                throw new ConfigurationException(file + ": not a crosscheck baseline (expected \"crosscheckBaseline\": 1)");
            }
            return baseline;
        } catch (JsonProcessingException invalid) {
            int line = invalid.getLocation() == null ? 1 : invalid.getLocation().getLineNr();
            throw new ConfigurationException(file + ":" + line + ": not a crosscheck baseline: " + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new ConfigurationException(file + ": cannot read the baseline: " + unreadable.getMessage());
        }
    }

    void write(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    }
}
