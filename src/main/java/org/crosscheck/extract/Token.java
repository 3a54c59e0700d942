package org.crosscheck.extract;

import java.util.Locale;

/** A word, number, symbol or punctuation mark, with its offsets in the source text. */
record Token(String text, int start, int end, Type type, boolean spaceBefore, boolean newlineBefore) {

    enum Type { NUMBER, WORD, SYMBOL, PUNCT, SKIP }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean is(Type expected) {
        return type == expected;
    }

    boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** The word without a possessive ending: {@code Monday's} reads as {@code monday}. */
    String bare() {
        String lower = lower();
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }
}
