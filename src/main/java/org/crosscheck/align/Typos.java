package org.crosscheck.align;

/** Whether two written numbers look like a typo of each other: two neighbouring digits swapped, or one digit changed. */
public final class Typos {
    private Typos() {
    }

    public static boolean alike(String first, String second) {
        String x = digits(first);
        String y = digits(second);
        return differences(x, y) == 1 || swapped(x, y);
    }

    /** Two neighbouring digits swapped: 163 and 136, 9.6% and 6.9%. */
    public static boolean transposed(String first, String second) {
        return swapped(digits(first), digits(second));
    }

    private static boolean swapped(String x, String y) {
        if (differences(x, y) != 2) {
            return false;
        }
        int at = 0;
        while (x.charAt(at) == y.charAt(at)) {
            at++;
        }
        return at + 1 < x.length() && x.charAt(at) == y.charAt(at + 1) && x.charAt(at + 1) == y.charAt(at);
    }

    /** How many digits differ, place by place; -1 when the numbers are not comparable that way. */
    private static int differences(String x, String y) {
        if (x.length() < 2 || x.length() != y.length()) {
            return -1;
        }
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            differences += x.charAt(i) != y.charAt(i) ? 1 : 0;
        }
        return differences;
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }
}
