package org.crosscheck.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata a plain-text or Markdown article carries before its body: YAML front matter
 * between {@code ---} lines, a block of {@code key: value} lines with lower-case keys ended by a
 * blank line (keys it does not know are kept out of the text too), or a leading
 * {@code date YYYY-MM-DD}.
 */
final class HeaderParser {
    private static final Pattern HEADER_LINE = Pattern.compile("([a-z_][a-z0-9_-]{0,30})[ \\t]*:[ \\t]*(.*)");
    private static final Pattern LEADING_DATE =
            Pattern.compile("\\A\\s*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})[ \\t]*");
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)", Pattern.DOTALL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Header(Metadata metadata, int bodyStart) {
    }

    private HeaderParser() {
    }

    static Header parse(String text) {
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        if (frontMatter.find()) {
            return new Header(fromMap(frontMatterFields(frontMatter.group(1))), frontMatter.end());
        }
        Header block = keyValueBlock(text);
        if (block != null) {
            return block;
        }
        Matcher leadingDate = LEADING_DATE.matcher(text);
        if (leadingDate.find()) {
            Map<String, String> fields = Map.of("published", leadingDate.group(1));
            return new Header(fromMap(fields), leadingDate.end());
        }
        return new Header(Metadata.EMPTY, 0);
    }

    private static Map<String, String> frontMatterFields(String yaml) {
        Map<String, String> fields = new HashMap<>();
        try {
            Object parsed = YAML.readValue(yaml, Object.class);
            if (parsed instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if (value != null) {
                        fields.put(String.valueOf(key).toLowerCase(Locale.ROOT), String.valueOf(value));
                    }
                });
            }
        } catch (java.io.IOException invalidYaml) {
            return fields;
        }
        return fields;
    }

    private static Header keyValueBlock(String text) {
        Map<String, String> fields = new HashMap<>();
        int position = 0;
        while (position < text.length()) {
            int lineEnd = lineEnd(text, position);
            String line = text.substring(position, lineEnd);
            int next = nextLine(text, lineEnd);
            if (line.isBlank()) {
                return fields.isEmpty() ? null : new Header(fromMap(fields), next);
            }
            Matcher matcher = HEADER_LINE.matcher(line.strip());
            if (!matcher.matches()) {
                return null;
            }
            fields.put(matcher.group(1), matcher.group(2).strip());
            position = next;
        }
        return null;
    }

    static int lineEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    static Metadata fromMap(Map<String, String> fields) {
        String source = fields.get("source");
        String url = fields.getOrDefault("url", isUrl(source) ? source : null);
        String outlet = fields.getOrDefault("outlet", isUrl(source) ? hostOf(source) : source);
        String published = fields.getOrDefault("published", fields.get("date"));
        return new Metadata(blankToNull(fields.get("title")), blankToNull(outlet), parseDate(published), false,
                blankToNull(fields.get("story")), url);
    }

    static boolean isUrl(String value) {
        return value != null && value.matches("(?i)https?://\\S+");
    }

    static String hostOf(String url) {
        String host = url.replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*$", "");
        return host.replaceFirst("^www\\.", "");
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
