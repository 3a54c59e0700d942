package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of lower-case phrases ("more than", "us$", "per cent") matched at a token by comparing
 * tokens, with no strings built: only the phrases that start with the token are tried, longest
 * first. A phrase matches when its tokens are the same words, spaced the same way.
 */
final class Phrases {
    /** A phrase as tokens: their lower-case texts and whether each follows the previous one with a space. */
    private record Shape(String[] words, boolean[] spaced) {
    }

    private final Map<String, List<Shape>> byFirstToken = new HashMap<>();

    Phrases(Set<String> phrases) {
        for (String phrase : phrases) {
            List<Token> tokens = Tokenizer.tokenize(phrase, 0, phrase.length());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = new String[tokens.size()];
            boolean[] spaced = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                words[i] = tokens.get(i).lower();
                spaced[i] = i > 0 && tokens.get(i).spaceBefore();
            }
            byFirstToken.computeIfAbsent(words[0], first -> new ArrayList<>()).add(new Shape(words, spaced));
        }
        byFirstToken.values().forEach(shapes -> shapes.sort((a, b) -> b.words().length - a.words().length));
    }

    static Phrases of(Map<String, ?> table) {
        return new Phrases(table.keySet());
    }

    /** The lower-case tokens that begin a phrase. */
    Set<String> firstTokens() {
        return Set.copyOf(byFirstToken.keySet());
    }

    /** How many tokens from {@code i} spell one of the phrases (longest first), or 0. */
    int lengthAt(Passage passage, int i) {
        List<Shape> candidates = byFirstToken.get(passage.lower(i));
        if (candidates == null) {
            return 0;
        }
        for (Shape shape : candidates) {
            if (matches(shape, passage, i)) {
                return shape.words().length;
            }
        }
        return 0;
    }

    private static boolean matches(Shape shape, Passage passage, int i) {
        if (i + shape.words().length > passage.size() || !passage.sameSentence(i, i + shape.words().length - 1)) {
            return false;
        }
        for (int k = 1; k < shape.words().length; k++) {
            Token token = passage.token(i + k);
            if (!token.lower().equals(shape.words()[k]) || token.spaceBefore() != shape.spaced()[k]) {
                return false;
            }
        }
        return true;
    }
}
