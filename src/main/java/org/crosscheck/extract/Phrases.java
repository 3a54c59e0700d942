package org.crosscheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of lower-case phrases ("more than", "us$", "per cent") that can be matched at a token
 * cheaply: only a token that starts some phrase costs a lookup of the phrases it might start.
 */
final class Phrases {
    private final Set<String> phrases;
    private final Set<String> firstTokens = new HashSet<>();
    private final int longest;

    Phrases(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        int most = 1;
        for (String phrase : phrases) {
            List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
            if (!tokens.isEmpty()) {
                firstTokens.add(tokens.get(0).lower());
                most = Math.max(most, tokens.size());
            }
        }
        this.longest = most;
    }

    static Phrases of(Map<String, ?> table) {
        return new Phrases(table.keySet());
    }

    /** The lower-case tokens that begin a phrase. */
    Set<String> firstTokens() {
        return Set.copyOf(firstTokens);
    }

    /** How many tokens from {@code i} spell one of the phrases (longest first), or 0. */
    int lengthAt(Passage passage, int i) {
        if (!firstTokens.contains(passage.lower(i))) {
            return 0;
        }
        for (int length = Math.min(longest, passage.size() - i); length >= 1; length--) {
            if (phrases.contains(passage.phrase(i, i + length)) && passage.sameSentence(i, i + length - 1)) {
                return length;
            }
        }
        return 0;
    }
}
