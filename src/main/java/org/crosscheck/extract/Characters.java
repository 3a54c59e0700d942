package org.crosscheck.extract;

/**
 * Character classes with the same answers as {@link Character}'s, without its table lookups for
 * the ASCII characters most text is made of: the tokenizer asks at every character.
 */
final class Characters {
    private Characters() {
    }

    static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 128 ? isAsciiDigit(c) : Character.isDigit(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) : Character.isLetterOrDigit(c);
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || (c < ' ' || c >= 128) && Character.isWhitespace(c);
    }

    /** A to Z in either case: setting bit 0x20 lower-cases an ASCII capital and moves no other character into a to z. */
    private static boolean isAsciiLetter(char c) {
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
