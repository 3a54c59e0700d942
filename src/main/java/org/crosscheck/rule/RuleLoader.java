package org.crosscheck.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Severity;

/**
 * Loads the rules in a folder, one YAML file a rule, the file name being the rule id. Loading is
 * strict: an unknown key, check kind, fact kind or parameter fails with the file and line.
 */
public final class RuleLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
        RuleFile parsed;
        try {
            parsed = YAML.readValue(file.toFile(), RuleFile.class);
        } catch (UnrecognizedPropertyException unknown) {
            throw new ConfigurationException(file + ":" + lineOfKey(file, unknown.getPropertyName(), unknown.getLocation())
                    + ": unknown key '" + unknown.getPropertyName() + "' (expected one of " + unknown.getKnownPropertyIds() + ")");
        } catch (MismatchedInputException mismatch) {
            String key = mismatch.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new ConfigurationException(at(file, mismatch.getLocation()) + (key.isEmpty()
                    ? "a rule file holds keys and values, not a list or a single value"
                    : "'" + key + "' must be " + expected(mismatch.getTargetType())));
        } catch (JsonProcessingException invalid) {
            if (ExceptionUtils.indexOfThrowable(invalid, CharConversionException.class) >= 0) {
                throw new ConfigurationException(file + ":1: not UTF-8 text");
            }
            if (invalid.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                throw new ConfigurationException(file + ":" + (yaml.getProblemMark().getLine() + 1) + ": invalid YAML: "
                        + yaml.getProblem());
            }
            throw new ConfigurationException(at(file, invalid.getLocation()) + invalid.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new ConfigurationException(file + ": cannot read: " + unreadable.getMessage());
        }
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

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type != null && Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return type != null && List.class.isAssignableFrom(type) ? "a list" : "a map of keys and values";
    }

    private static void require(String value, String where, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(where + "missing key '" + key + "'");
        }
    }

    /** The line a key is written on; the parser's own location points past the key's value. */
    private static int lineOfKey(Path file, String key, JsonLocation fallback) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
                    return i + 1;
                }
            }
        } catch (IOException unreadable) {
            return fallback == null ? 1 : fallback.getLineNr();
        }
        return fallback == null ? 1 : Math.max(1, fallback.getLineNr());
    }

    private static String at(Path file, JsonLocation location) {
        return file + ":" + (location == null ? 1 : Math.max(1, location.getLineNr())) + ": ";
    }
}
