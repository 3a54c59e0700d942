package org.crosscheck.align;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Words;

/** The content words of a text with their counts: the bag a story is recognised by. */
public final class Terms {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*+");
    private static final int MIN_LENGTH = 3;

    private Terms() {
    }

    public static Map<String, Integer> of(String text, int from, int to) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        while (matcher.find()) {
            String lower = matcher.group().toLowerCase(java.util.Locale.ROOT).replaceFirst("['’]s$", "");
            if (lower.length() >= MIN_LENGTH && !Words.stopword(lower)) {
                counts.merge(Words.stem(lower), 1, Integer::sum);
            }
        }
        return counts;
    }
}
