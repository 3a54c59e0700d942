package org.crosscheck.pipeline;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each of the short strings facts repeat across a corpus (units, counted nouns,
 * TIMEX3 values, wordings like "Monday"), so millions of facts do not hold millions of copies.
 */
final class SharedStrings {
    private static final int LIMIT = 1_000_000;
    private static final int LONGEST = 40;

    private final ConcurrentHashMap<String, String> strings = new ConcurrentHashMap<>();

    String share(String string) {
        if (string == null || string.length() > LONGEST || strings.size() >= LIMIT) {
            return string;
        }
        String shared = strings.putIfAbsent(string, string);
        return shared == null ? string : shared;
    }
}
