package org.crosscheck.extract;

import java.util.Set;

/**
 * Marks where sentences start in a token list: after {@code . ! ?} before a capital, and at line
 * breaks. A run of more than {@value #MAX_TOKENS} tokens without either (a table, a list, a file
 * without punctuation) is cut into sentences of that length, so work done per sentence stays bounded.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen",
            "rep", "col", "lt", "sgt", "capt", "prof", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
            "wed", "thu", "thurs", "fri", "sat", "sun", "approx", "est", "ft", "mt", "fig");
    static final int MAX_TOKENS = 300;

    private Sentences() {
    }

    /** The index of the sentence each token belongs to. */
    static int[] assign(Token[] tokens) {
        int[] sentence = new int[tokens.length];
        int current = 0;
        int currentStart = 0;
        for (int i = 1; i < tokens.length; i++) {
            if (startsSentence(tokens, i) || i - currentStart >= MAX_TOKENS) {
                current++;
                currentStart = i;
            }
            sentence[i] = current;
        }
        return sentence;
    }

    /** The first token of each sentence numbered by {@link #assign}, then the token count. */
    static int[] firsts(int[] sentenceOf) {
        int sentences = sentenceOf.length == 0 ? 0 : sentenceOf[sentenceOf.length - 1] + 1;
        int[] firsts = new int[sentences + 1];
        for (int i = sentenceOf.length - 1; i >= 0; i--) {
            firsts[sentenceOf[i]] = i;
        }
        firsts[sentences] = sentenceOf.length;
        return firsts;
    }

    private static boolean startsSentence(Token[] tokens, int i) {
        Token token = tokens[i];
        Token previous = tokens[i - 1];
        boolean opensLikeSentence = Character.isUpperCase(token.text().charAt(0)) || Character.isDigit(token.text().charAt(0))
                || isOneOf(token, "\"“‘'(");
        if (token.newlineBefore()) {
            return opensLikeSentence || isOneOf(previous, ".!?:\"”");
        }
        if (!previous.is(Token.Type.PUNCT) || !isOneOf(previous, ".!?") || !token.spaceBefore()) {
            return previous.is(Token.Type.PUNCT) && isOneOf(previous, "”\"") && i >= 2
                    && isOneOf(tokens[i - 2], ".!?") && opensLikeSentence;
        }
        if (i >= 2 && ".".equals(previous.text())) {
            Token word = tokens[i - 2];
            boolean initial = word.text().length() == 1 && !scaleSuffix(tokens, i - 2);
            if (word.is(Token.Type.WORD) && (ABBREVIATIONS.contains(word.lower()) || initial)) {
                return false;
            }
        }
        return opensLikeSentence;
    }

    /** A letter stuck to the number before it ("£940m."): a scale, not an initial. */
    private static boolean scaleSuffix(Token[] tokens, int k) {
        if (k < 1 || tokens[k].spaceBefore()) {
            return false;
        }
        String before = tokens[k - 1].text();
        return Character.isDigit(before.charAt(before.length() - 1));
    }

    /** Whether the token is one of the single characters given (no substring search: this runs per token). */
    private static boolean isOneOf(Token token, String characters) {
        return token.text().length() == 1 && characters.indexOf(token.text().charAt(0)) >= 0;
    }
}
