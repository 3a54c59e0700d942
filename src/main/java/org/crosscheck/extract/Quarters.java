package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.Map;

/** Quarters of a year: "the third quarter of 2024", "third-quarter", "Q3 2024", "last quarter". */
final class Quarters {
    private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "q1", 1, "q2", 2, "q3", 3, "q4", 4);

    private Quarters() {
    }

    /** "the third quarter of 2024", "third-quarter", "Q3 2024", "last quarter": a quarter of a year. */
    static Match match(Passage passage, int i) {
        String word = passage.lower(i);
        Integer ordinal = QUARTERS.get(word);
        int k = i + 1;
        if (ordinal != null && !word.startsWith("q")) {
            k = "-".equals(passage.lower(k)) ? k + 1 : k;
            if (!passage.lower(k).startsWith("quarter")) {
                return null;
            }
            k++;
        } else if (ordinal == null && "quarter".equals(passage.lower(i + 1)) && passage.published != null
                && DateRecognizer.ANCHORS.contains(word)) {
            int current = (passage.published.getMonthValue() - 1) / 3;
            int shift = "last".equals(word) ? -1 : "next".equals(word) ? 1 : 0;
            LocalDate start = LocalDate.of(passage.published.getYear(), current * 3 + 1, 1).plusMonths(3L * shift);
            return quarterOf(i, i + 2, start);
        } else if (ordinal == null) {
            return null;
        }
        int year;
        int end = k;
        if ("of".equals(passage.lower(k)) && passage.isNumber(k + 1) && Digits.modernYear(passage.token(k + 1).text())) {
            year = Integer.parseInt(passage.token(k + 1).text());
            end = k + 2;
        } else if (passage.isNumber(k) && Digits.modernYear(passage.token(k).text())) {
            year = Integer.parseInt(passage.token(k).text());
            end = k + 1;
        } else if (passage.published != null) {
            year = yearOf(passage, i, ordinal);
        } else {
            return null;
        }
        return quarterOf(i, end, LocalDate.of(year, ordinal * 3 - 2, 1));
    }

    /**
     * The year of a quarter named without one: the publication's, or the year before when the
     * quarter has not begun and the sentence speaks of the past, or the year after when it is over
     * and the sentence speaks of what is to come.
     */
    private static int yearOf(Passage passage, int i, int ordinal) {
        LocalDate published = passage.published;
        LocalDate start = LocalDate.of(published.getYear(), ordinal * 3 - 2, 1);
        boolean future = Tense.future(passage, i);
        if (start.isAfter(published) && !future && Tense.past(passage, i)) {
            return published.getYear() - 1;
        }
        return start.plusMonths(3).isBefore(published) && future ? published.getYear() + 1 : published.getYear();
    }

    private static Match quarterOf(int first, int end, LocalDate start) {
        int quarter = (start.getMonthValue() - 1) / 3 + 1;
        return Calendar.span(first, end, start, start.plusMonths(3).minusDays(1), "quarter", start.getYear() + "-Q" + quarter);
    }
}
