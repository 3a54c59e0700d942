package org.crosscheck.extract;

/** What a recogniser found from token {@code first} to {@code end} (exclusive); a null kind marks a non-fact to skip. */
record Match(int first, int end, Kind kind, double value, double low, double high, String unit, String timex,
             boolean ambiguous, String subject) {

    static Match notAFact(int first, int end) {
        return new Match(first, end, null, 0, 0, 0, null, null, false, null);
    }

    static Match quantity(int first, int end, Kind kind, double value, double low, double high, String unit) {
        return new Match(first, end, kind, value, low, high, unit, null, false, null);
    }

    boolean isFact() {
        return kind != null;
    }

    Match startingAt(int newFirst) {
        return new Match(newFirst, end, kind, value, low, high, unit, timex, ambiguous, subject);
    }
}
