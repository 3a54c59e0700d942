package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Words;

/**
 * The words of a figure's clause before it, read past the numbers and time expressions in between:
 * "its net profit for 2024 fell to $412 million" and "net profit dropped 37% to $412 million last
 * year" both tell a profit, though a year or a percentage stands between the noun and the figure.
 * The clause ends at sentence punctuation that closes a clause, at a comma, and at a coordinating
 * conjunction, where English starts telling another figure.
 */
final class ClauseFrame {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'’-]*+|[;:,()\"“”—–]");
    private static final Set<String> BREAKS = Set.of(";", ":", ",", "(", ")", "\"", "“", "”", "—", "–");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "or");
    private static final int REACH = 12;

    private ClauseFrame() {
    }

    /** Stemmed content words of the clause before the fact, nearest first; names keep their capital. */
    static List<String> before(Fact fact) {
        if (fact.sentence() == null) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(fact.sentenceBefore());
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        List<String> words = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && words.size() < REACH; i--) {
            String token = tokens.get(i);
            String lower = token.toLowerCase(Locale.ROOT);
            if (BREAKS.contains(token) || CONJUNCTIONS.contains(lower)) {
                break;
            }
            if (token.length() > 1 && !Words.stopword(lower)) {
                String stem = Words.stem(lower);
                boolean name = Character.isUpperCase(token.charAt(0)) && i > 0;
                words.add(name ? Character.toUpperCase(stem.charAt(0)) + stem.substring(1) : stem);
            }
        }
        return words;
    }
}
