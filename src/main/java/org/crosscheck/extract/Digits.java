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

    /**
     * An ASCII number with optional thousands groups and decimals: "1,200", "4.5", "2025",
     * "1,234,567.89"; not "1,23", "1234,567" or "4.5.6".
     */
    static boolean grouped(String text) {
        int i = asciiDigitsEnd(text, 0);
        if (i == 0) {
            return false;
        }
        if (i < text.length() && text.charAt(i) == ',') {
            if (i > 3) {
                return false;
            }
            while (i < text.length() && text.charAt(i) == ',') {
                if (asciiDigitsEnd(text, i + 1) != i + 4) {
                    return false;
                }
                i += 4;
            }
        }
        if (i == text.length()) {
            return true;
        }
        int decimalsEnd = asciiDigitsEnd(text, i + 1);
        return text.charAt(i) == '.' && decimalsEnd > i + 1 && decimalsEnd == text.length();
    }

    private static int asciiDigitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Characters.isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return end;
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
