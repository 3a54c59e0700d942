package org.crosscheck.extract;

import java.util.Locale;

/**
 * A word, number, symbol or punctuation mark, with its offsets in the source text, lower-cased
 * once, and {@code bare} without a possessive ending ({@code Monday's} reads as {@code monday}).
 */
record Token(String text, String lower, String bare, int start, int end, Type type, boolean spaceBefore,
             boolean newlineBefore) {

    enum Type { NUMBER, WORD, SYMBOL, PUNCT, SKIP }

    Token(String text, int start, int end, Type type, boolean spaceBefore, boolean newlineBefore) {
        this(text, lowerCase(text), start, end, type, spaceBefore, newlineBefore);
    }

    private Token(String text, String lower, int start, int end, Type type, boolean spaceBefore, boolean newlineBefore) {
        this(text, lower, withoutPossessive(lower), start, end, type, spaceBefore, newlineBefore);
    }

    boolean is(Type expected) {
        return type == expected;
    }

    boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** The text lower-cased; most words are already, and a scan for ASCII capitals tells so faster. */
    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 128) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }

    /** The word without a possessive ending: {@code Monday's} reads as {@code monday}. */
    private static String withoutPossessive(String lower) {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
