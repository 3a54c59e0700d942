package org.crosscheck.extract;

import java.util.List;

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

    /**
     * Match {@code m} of a list of matches in text order and the matches next to it that end or start
     * within {@code reach} tokens of it: the only ones a search for something near it needs to see.
     */
    static List<Match> around(List<Match> ordered, int m, int reach) {
        Match match = ordered.get(m);
        int from = m;
        while (from > 0 && match.first() - ordered.get(from - 1).end() <= reach) {
            from--;
        }
        int to = m + 1;
        while (to < ordered.size() && ordered.get(to).first() - match.end() <= reach) {
            to++;
        }
        return ordered.subList(from, to);
    }

    Match startingAt(int newFirst) {
        return new Match(newFirst, end, kind, value, low, high, unit, timex, ambiguous, subject);
    }
}
