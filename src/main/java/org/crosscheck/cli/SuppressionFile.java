package org.crosscheck.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.RelativePath;
import org.crosscheck.rule.ConfigurationException;
import org.crosscheck.rule.StrictYaml;

/**
 * A suppression file: a YAML list whose entries name a finding by {@code fingerprint}, or by
 * {@code rule} and optionally {@code source} (a glob matched against the paths of its evidence),
 * each with the {@code reason}.
 */
final class SuppressionFile {
    private SuppressionFile() {
    }

    /** One entry as written. */
    record Entry(@JsonProperty("fingerprint") String fingerprint,
                 @JsonProperty("rule") String rule,
                 @JsonProperty("source") String source,
                 @JsonProperty("reason") String reason) {

        boolean matches(Finding finding) {
            if (fingerprint != null) {
                return fingerprint.equals(finding.fingerprint());
            }
            if (!rule.equals(finding.rule())) {
                return false;
            }
            if (source == null) {
                return true;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + RelativePath.of(source));
            return finding.paths().stream()
                    .anyMatch(path -> matcher.matches(Path.of(RelativePath.of(path))));
        }
    }

    /** The entries of {@code file} with their lines; none when {@code file} is null. */
    static List<StrictYaml.Located<Entry>> read(Path file) {
        if (file == null) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(file + ": suppression file not found");
        }
        List<StrictYaml.Located<Entry>> entries = StrictYaml.readList(file, Entry.class);
        for (StrictYaml.Located<Entry> entry : entries) {
            if (entry.value().fingerprint() == null && entry.value().rule() == null) {
                throw new ConfigurationException(file + ":" + entry.line() + ": a suppression needs a 'fingerprint' or a 'rule'");
            }
        }
        return entries;
    }
}
