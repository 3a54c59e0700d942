package org.crosscheck.extract;

/** Shape checks on digit strings, without regular expressions: they run at every number token. */
final class Digits {
    private Digits() {
    }

    /** All digits, between {@code min} and {@code max} of them. */
    static boolean only(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A year from 1800 to 2099. */
    static boolean year(String text) {
        return only(text, 4, 4) && (text.startsWith("18") || text.startsWith("19") || text.startsWith("20"));
    }

    /** A year from 1900 to 2099. */
    static boolean modernYear(String text) {
        return only(text, 4, 4) && (text.startsWith("19") || text.startsWith("20"));
    }

    /** Wire-style clock time, "0415" to "2359". */
    static boolean clock(String text) {
        return only(text, 4, 4) && Integer.parseInt(text.substring(0, 2)) < 24 && text.charAt(2) < '6';
    }

    /** "9.40": hours, a dot, and two digits of minutes. */
    static boolean dottedClock(String text) {
        int dot = text.indexOf('.');
        return dot >= 1 && dot <= 2 && only(text.substring(0, dot), 1, 2) && only(text.substring(dot + 1), 2, 2)
                && text.charAt(dot + 1) < '6';
    }
}
