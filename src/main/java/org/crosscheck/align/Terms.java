package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.Words;

/**
 * The most frequent content words of a text (stemmed, as ids of a {@link TermDictionary}) with their
 * counts, and which of them appear as names (capitalised inside a sentence): the bag a story is
 * recognised by. Bit {@code i} of {@code names} is set when term {@code i} is a name; counts stop at
 * {@link Short#MAX_VALUE}.
 */
public record Terms(int[] ids, short[] counts, long names) {
    private static final int MIN_LENGTH = 3;
    /** The most frequent terms kept: enough to recognise a story, bounded however long the text (and a name bit each). */
    private static final int MAX_TERMS = 64;

    /** A word is a letter followed by letters and apostrophes. */
    public static Terms of(String text, int from, int to, TermDictionary dictionary) {
        Map<String, Count> counts = new HashMap<>();
        char[] buffer = new char[32];
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean ascii = c < 128;
            i += Character.charCount(c);
            while (i < to && (Character.isLetter(c = text.codePointAt(i)) || c == '\'' || c == '’')) {
                ascii &= c < 128;
                i += Character.charCount(c);
            }
            String lower;
            if (ascii) {
                int length = i - start;
                if (length >= 2 && (text.charAt(i - 1) | 0x20) == 's' && text.charAt(i - 2) == '\'') {
                    length -= 2;
                }
                if (length < MIN_LENGTH) {
                    continue;
                }
                buffer = length > buffer.length ? new char[length] : buffer;
                for (int k = 0; k < length; k++) {
                    char letter = text.charAt(start + k);
                    buffer[k] = letter >= 'A' && letter <= 'Z' ? (char) (letter + ('a' - 'A')) : letter;
                }
                lower = new String(buffer, 0, length);
            } else {
                lower = withoutPossessive(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
            if (lower.length() < MIN_LENGTH || Words.stopword(lower)) {
                continue;
            }
            Count count = counts.computeIfAbsent(Words.stem(lower), stem -> new Count());
            count.times++;
            count.name |= Character.isUpperCase(text.codePointAt(start)) && insideSentence(text, start);
        }
        return mostFrequent(counts, dictionary);
    }

    int size() {
        return ids.length;
    }

    boolean name(int term) {
        return (names >>> term & 1) != 0;
    }

    private static final class Count {
        int times;
        boolean name;
    }

    private static Terms mostFrequent(Map<String, Count> counts, TermDictionary dictionary) {
        List<Map.Entry<String, Count>> kept = new ArrayList<>(counts.entrySet());
        if (kept.size() > MAX_TERMS) {
            kept.sort(Comparator.comparing((Map.Entry<String, Count> entry) -> -entry.getValue().times * (entry.getValue().name ? 3 : 1))
                    .thenComparing(Map.Entry::getKey));
            kept = kept.subList(0, MAX_TERMS);
        }
        int[] ids = new int[kept.size()];
        short[] times = new short[kept.size()];
        long names = 0;
        for (int t = 0; t < ids.length; t++) {
            ids[t] = dictionary.id(kept.get(t).getKey());
            times[t] = (short) Math.min(kept.get(t).getValue().times, Short.MAX_VALUE);
            names |= kept.get(t).getValue().name ? 1L << t : 0;
        }
        return new Terms(ids, times, names);
    }

    private static String withoutPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** Whether the word at {@code start} follows a lower-case word or a comma on the same line. */
    private static boolean insideSentence(String text, int start) {
        int before = start - 1;
        if (before < 1 || text.charAt(before) != ' ') {
            return false;
        }
        char previous = text.charAt(before - 1);
        return Character.isLowerCase(previous) || previous == ',';
    }
}
