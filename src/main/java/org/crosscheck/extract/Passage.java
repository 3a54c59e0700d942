package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;

/** The tokens of one source body, their sentences and the date relative expressions resolve against. */
final class Passage {
    final String text;
    /** An array, not a list: read at every step of every recogniser. */
    private final Token[] tokens;
    final int[] sentenceOf;
    /** The first token of each sentence, and one past the last token at the end. */
    private final int[] sentenceFirst;
    final LocalDate published;

    Passage(String text, List<Token> tokens, LocalDate published) {
        this.text = text;
        this.tokens = tokens.toArray(new Token[0]);
        this.sentenceOf = Sentences.assign(this.tokens);
        this.sentenceFirst = Sentences.firsts(sentenceOf);
        this.published = published;
    }

    int size() {
        return tokens.length;
    }

    Token token(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }

    /** The lower-case text of token {@code i}, or the empty string outside the passage. */
    String lower(int i) {
        Token token = token(i);
        return token == null ? "" : token.lower();
    }

    boolean isWord(int i) {
        Token token = token(i);
        return token != null && token.is(Token.Type.WORD);
    }

    boolean isNumber(int i) {
        Token token = token(i);
        return token != null && token.is(Token.Type.NUMBER);
    }

    /** Token {@code i} directly follows the previous one, with no space between. */
    boolean glued(int i) {
        Token token = token(i);
        return token != null && !token.spaceBefore();
    }

    boolean sameSentence(int a, int b) {
        return a >= 0 && b >= 0 && a < tokens.length && b < tokens.length && sentenceOf[a] == sentenceOf[b];
    }

    int sentenceStart(int i) {
        return i == tokens.length ? i : sentenceFirst[sentenceOf[i]];
    }

    /** One past the last token of token {@code i}'s sentence; {@code i} itself past the end. */
    int sentenceEnd(int i) {
        return i >= tokens.length ? i : sentenceFirst[sentenceOf[i] + 1];
    }

    /** The lower-case text from token {@code from} to {@code to} (exclusive), spaced as written. */
    String phrase(int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
            if (i > from && tokens[i].spaceBefore()) {
                phrase.append(' ');
            }
            phrase.append(lower(i));
        }
        return phrase.toString();
    }
}
