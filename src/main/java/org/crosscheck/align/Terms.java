package org.crosscheck.align;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.extract.Words;

/**
 * The most frequent content words of a text with their counts, and which of them appear as names (capitalised
 * inside a sentence): the bag a story is recognised by.
 */
public record Terms(Map<String, Integer> counts, Set<String> names) {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*+");
    private static final int MIN_LENGTH = 3;
    /** The most frequent terms kept: enough to recognise a story, bounded however long the text. */
    private static final int MAX_TERMS = 64;

    public static Terms of(String text, int from, int to) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> names = new HashSet<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        while (matcher.find()) {
            String word = matcher.group();
            String lower = withoutPossessive(word.toLowerCase(Locale.ROOT));
            if (lower.length() < MIN_LENGTH || Words.stopword(lower)) {
                continue;
            }
            String stem = Words.stem(lower);
            counts.merge(stem, 1, Integer::sum);
            if (Character.isUpperCase(word.charAt(0)) && insideSentence(text, matcher.start())) {
                names.add(stem);
            }
        }
        return mostFrequent(counts, names);
    }

    private static Terms mostFrequent(Map<String, Integer> counts, Set<String> names) {
        if (counts.size() <= MAX_TERMS) {
            return new Terms(Map.copyOf(counts), Set.copyOf(names));
        }
        Map<String, Integer> kept = new HashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> entry) -> -entry.getValue() * (names.contains(entry.getKey()) ? 3 : 1))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_TERMS)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return new Terms(Map.copyOf(kept), names.stream().filter(kept::containsKey).collect(Collectors.toUnmodifiableSet()));
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
