package org.crosscheck.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Lookup tables shipped as data files under {@code /org/crosscheck/lexicon/}: one entry a line,
 * tab-separated columns, {@code #} starts a comment.
 */
public final class Lexicon {
    private static final String ROOT = "/org/crosscheck/lexicon/";

    private Lexicon() {
    }

    /** The rows of a table, each split on tabs. */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.replaceFirst("\\s*#.*$", "");
                if (!content.isBlank()) {
                    rows.add(content.strip().split("\\t+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The first column of every row, lower-cased. Hash tables, not {@code Set.of}: extraction looks
     * up every token, and a hash table compares cached hashes where {@code Set.of} compares strings.
     */
    public static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        rows(name).forEach(row -> words.add(row[0].toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableSet(words);
    }

    /** First column (lower-cased) to second column. */
    public static Map<String, String> map(String name) {
        Map<String, String> map = new TreeMap<>();
        for (String[] row : rows(name)) {
            map.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "");
        }
        return Collections.unmodifiableMap(new HashMap<>(map));
    }

    /** Each row as a case-insensitive regular expression. */
    public static List<Pattern> patterns(String name) {
        return rows(name).stream()
                .map(row -> Pattern.compile(String.join("\t", row), Pattern.CASE_INSENSITIVE))
                .toList();
    }
}
