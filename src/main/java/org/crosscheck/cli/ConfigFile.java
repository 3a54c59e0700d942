package org.crosscheck.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.rule.StrictYaml;

/**
 * {@code crosscheck.yaml}: defaults for the options of {@code check} and {@code baseline}. Every key
 * is optional; an unknown key fails with the file and line. Paths in it are relative to its folder.
 */
record ConfigFile(@JsonProperty("paths") List<String> paths,
                  @JsonProperty("exclude") List<String> exclude,
                  @JsonProperty("rules") Rules rules,
                  @JsonProperty("stories") Stories stories,
                  @JsonProperty("defaultPublished") String defaultPublished,
                  @JsonProperty("failOn") String failOn,
                  @JsonProperty("format") List<String> format,
                  @JsonProperty("out") String out,
                  @JsonProperty("baseline") String baseline,
                  @JsonProperty("suppressions") String suppressions) {

    static final String DEFAULT_NAME = "crosscheck.yaml";
    static final ConfigFile NONE = new ConfigFile(null, null, null, null, null, null, null, null, null, null);

    /** The rule folder, which rules run ({@code enabled}: only these; {@code disabled}: all but these), and severities. */
    record Rules(@JsonProperty("folder") String folder,
                 @JsonProperty("enabled") List<String> enabled,
                 @JsonProperty("disabled") List<String> disabled,
                 @JsonProperty("severity") Map<String, String> severity) {
    }

    /** How sources are grouped: {@code content} (story keys, then similar text) or {@code key} (story keys only). */
    record Stories(@JsonProperty("grouping") String grouping,
                   @JsonProperty("threshold") Double threshold) {
    }

    /** The file given, else {@code crosscheck.yaml} in the working directory if there is one, else no file. */
    static Located load(Path given) {
        Path file = given != null ? given : Path.of(DEFAULT_NAME);
        if (!Files.isRegularFile(file)) {
            if (given != null) {
                throw new IllegalArgumentException("--config: file not found: " + given);
            }
            return new Located(NONE, null);
        }
        ConfigFile parsed = StrictYaml.read(file, ConfigFile.class);
        return new Located(parsed == null ? NONE : parsed, file);
    }

    /** A configuration and the file it came from (null when none). */
    record Located(ConfigFile config, Path file) {
        /** {@code path} as written in the file, resolved against the file's folder. */
        Path resolve(String path) {
            Path folder = file == null ? null : file.getParent();
            return folder == null ? Path.of(path) : folder.resolve(path);
        }
    }
}
