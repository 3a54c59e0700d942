package org.crosscheck.extract;

/**
 * A number as written, from token {@code first} to {@code end} (exclusive), with the interval its
 * wording allows: {@code 4.5} covers 4.45 to 4.55, {@code hundreds} 200 to 999.
 */
record NumberPhrase(int first, int end, double value, double low, double high, boolean spelled, boolean vague) {

    NumberPhrase scaled(double factor, int newEnd) {
        return new NumberPhrase(first, newEnd, value * factor, low * factor, high * factor, spelled, vague);
    }

    NumberPhrase plusHalf(int newEnd) {
        return new NumberPhrase(first, newEnd, value + 0.5, low + 0.5, high + 0.5, spelled, vague);
    }
}
