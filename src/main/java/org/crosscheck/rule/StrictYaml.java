package org.crosscheck.rule;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.crosscheck.source.IoMessages;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML files strictly into records: an unknown key, a wrong type, broken YAML, bytes that are
 * not UTF-8 or a file that cannot be read fails with a {@link ConfigurationException} naming the
 * file and line. Rule files and crosscheck's
 * configuration files share it.
 */
public final class StrictYaml {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** An item of a YAML list, with the line it starts on. */
    public record Located<T>(T value, int line) {
    }

    private StrictYaml() {
    }

    /** The file as a {@code type}, or null when it is empty. */
    public static <T> T read(Path file, Class<T> type) {
        try {
            return YAML.readValue(file.toFile(), type);
        } catch (IOException failure) {
            throw error(file, failure);
        }
    }

    /** The file as a list of {@code type}, each item with its line; an empty file is an empty list. */
    public static <T> List<Located<T>> readList(Path file, Class<T> type) {
        List<Located<T>> items = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return items;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new ConfigurationException(at(file, parser.currentLocation()) + "expected a list of entries");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentLocation().getLineNr();
                items.add(new Located<>(YAML.readValue(parser, type), line));
            }
        } catch (IOException failure) {
            throw error(file, failure);
        }
        return items;
    }

    /** The first line (1-based) at or after {@code fromLine} on which {@code word} stands as a word or key; else 1. */
    public static int lineOf(Path file, String word, int fromLine) {
        Pattern pattern = Pattern.compile("(^|[\\s\\[,{\"'-])" + Pattern.quote(word) + "($|[\\s\\]},:\"'])");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException unreadable) {
            return Math.max(1, fromLine);
        }
        return Math.max(1, fromLine);
    }

    private static ConfigurationException error(Path file, IOException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            int near = unknown.getLocation() == null ? 1 : unknown.getLocation().getLineNr();
            return new ConfigurationException(file + ":" + lineOfKey(file, unknown.getPropertyName(), near)
                    + ": unknown key '" + unknown.getPropertyName() + "' (expected one of " + unknown.getKnownPropertyIds() + ")");
        }
        if (failure instanceof MismatchedInputException mismatch) {
            String key = mismatch.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return new ConfigurationException(at(file, mismatch.getLocation()) + (key.isEmpty()
                    ? "the file holds keys and values, not a list or a single value"
                    : "'" + key + "' must be " + expected(mismatch.getTargetType())));
        }
        if (ExceptionUtils.indexOfThrowable(failure, CharConversionException.class) >= 0) {
            return new ConfigurationException(file + ":1: not UTF-8 text");
        }
        if (failure.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return new ConfigurationException(file + ":" + (yaml.getProblemMark().getLine() + 1) + ": invalid YAML: "
                    + yaml.getProblem());
        }
        if (failure instanceof JsonProcessingException invalid) {
            return new ConfigurationException(at(file, invalid.getLocation()) + invalid.getOriginalMessage());
        }
        return new ConfigurationException(file + ": cannot read: " + IoMessages.describe(failure));
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

    /** The line a key is written on; the parser's own location points past the key's value. */
    private static int lineOfKey(Path file, String key, int near) {
        Pattern keyLine = Pattern.compile("\\s*(-\\s+)?" + Pattern.quote(key) + "\\s*:.*");
        try {
            List<String> lines = Files.readAllLines(file);
            int best = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches() && (best < 0 || Math.abs(i + 1 - near) < Math.abs(best - near))) {
                    best = i + 1;
                }
            }
            return best > 0 ? best : Math.max(1, near);
        } catch (IOException unreadable) {
            return Math.max(1, near);
        }
    }

    private static String at(Path file, JsonLocation location) {
        return file + ":" + (location == null ? 1 : Math.max(1, location.getLineNr())) + ": ";
    }
}
