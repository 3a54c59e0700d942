package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;

/** The tokens of one source body, their sentences and the date relative expressions resolve against. */
final class Passage {
    final String text;
    final List<Token> tokens;
    final int[] sentenceOf;
    final LocalDate published;
    /** The first token of each sentence, and the token count after the last. */
    private final int[] sentenceFirst;

    Passage(String text, List<Token> tokens, LocalDate published) {
        this.text = text;
        this.tokens = tokens;
        this.sentenceOf = Sentences.assign(tokens);
        this.published = published;
        int sentences = tokens.isEmpty() ? 0 : sentenceOf[tokens.size() - 1] + 1;
        this.sentenceFirst = new int[sentences + 1];
        for (int i = tokens.size() - 1; i >= 0; i--) {
            sentenceFirst[sentenceOf[i]] = i;
        }
        sentenceFirst[sentences] = tokens.size();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
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
        return a >= 0 && b >= 0 && a < tokens.size() && b < tokens.size() && sentenceOf[a] == sentenceOf[b];
    }

    int sentenceStart(int i) {
        return i < tokens.size() ? sentenceFirst[sentenceOf[i]] : i;
    }

    int sentenceEnd(int i) {
        return i < tokens.size() ? sentenceFirst[sentenceOf[i] + 1] : i;
    }

    /** The lower-case text from token {@code from} to {@code to} (exclusive), spaced as written. */
    String phrase(int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (i > from && tokens.get(i).spaceBefore()) {
                phrase.append(' ');
            }
            phrase.append(lower(i));
        }
        return phrase.toString();
    }
}
