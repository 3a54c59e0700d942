package org.crosscheck.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Severity;

/**
 * Loads the rules in a folder, one YAML file a rule, the file name being the rule id. Loading is
 * strict: an unknown key, check kind, fact kind or parameter fails with the file and line.
 */
public final class RuleLoader {
    /** The shape of a rule file. */
    private record RuleFile(@JsonProperty("check") String check,
                            @JsonProperty("severity") String severity,
                            @JsonProperty("summary") String summary,
                            @JsonProperty("because") String because,
                            @JsonProperty("message") String message,
                            @JsonProperty("parameters") Parameters parameters) {
    }

    public List<Rule> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException(folder + ": rules folder not found");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException(folder + ": cannot list rules: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ConfigurationException(folder + ": no rule files (*.yaml)");
        }
        List<Rule> rules = new ArrayList<>();
        for (Path file : files) {
            rules.add(load(file, file.getFileName().toString().replaceFirst("\\.ya?ml$", "")));
        }
        return rules;
    }

    Rule load(Path file, String id) {
        RuleFile parsed = StrictYaml.read(file, RuleFile.class);
        if (parsed == null) {
            throw new ConfigurationException(file + ":1: empty rule file");
        }
        String where = file + ":1: ";
        require(parsed.check(), where, "check");
        require(parsed.severity(), where, "severity");
        require(parsed.summary(), where, "summary");
        require(parsed.message(), where, "message");
        Check check = Checks.named(parsed.check());
        if (check == null) {
            throw new ConfigurationException(where + "unknown check '" + parsed.check() + "' (expected one of "
                    + Checks.names() + ")");
        }
        Parameters parameters = parsed.parameters() == null ? Parameters.NONE : parsed.parameters();
        String unsupported = check.unsupportedParameter(parameters);
        if (unsupported != null) {
            throw new ConfigurationException(where + "check '" + parsed.check() + "' takes no parameter '" + unsupported + "'");
        }
        Severity severity;
        try {
            severity = Severity.parse(parsed.severity());
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException(where + bad.getMessage());
        }
        return new Rule(id, parsed.check(), severity, parsed.summary().strip(),
                parsed.because() == null ? "" : parsed.because().strip(), parsed.message().strip(),
                kinds(parameters.kinds(), where), parameters);
    }

    private static Set<Kind> kinds(List<String> names, String where) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                kinds.add(Kind.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new ConfigurationException(where + "unknown fact kind '" + name + "'");
            }
        }
        return kinds;
    }

    private static void require(String value, String where, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(where + "missing key '" + key + "'");
        }
    }
}
