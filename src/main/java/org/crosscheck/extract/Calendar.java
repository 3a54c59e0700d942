package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/** Month and weekday names, and the date matches every date reading ends in. */
final class Calendar {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        Lexicon.rows("months.tsv").forEach(row -> MONTHS.put(row[0], Integer.parseInt(row[1])));
        Lexicon.rows("weekdays.tsv").forEach(row -> WEEKDAYS.put(row[0], Integer.parseInt(row[1])));
    }

    private Calendar() {
    }

    /** The month number of a capitalised month name at token {@code i}, or 0. */
    static int month(Passage passage, int i) {
        Token token = passage.token(i);
        if (token == null || !token.capitalized()) {
            return 0;
        }
        return MONTHS.getOrDefault(token.bare(), 0);
    }

    static int weekday(Passage passage, int i) {
        Token token = passage.token(i);
        if (token == null || !token.capitalized()) {
            return 0;
        }
        return WEEKDAYS.getOrDefault(token.bare(), 0);
    }

    /** The ISO number of a capitalised weekday in the plural ("Fridays"), or 0. */
    static int weekdays(Passage passage, int i) {
        Token token = passage.token(i);
        String bare = token == null || !token.capitalized() ? "" : token.bare();
        return bare.endsWith("days") ? WEEKDAYS.getOrDefault(bare.substring(0, bare.length() - 1), 0) : 0;
    }

    static boolean isCalendarWord(String lower) {
        return MONTHS.containsKey(lower) || WEEKDAYS.containsKey(lower);
    }

    /** The year that puts a month and day nearest the reference date. */
    static LocalDate nearest(int month, int day, LocalDate reference) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (day > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
                best = candidate;
            }
        }
        return best;
    }

    static Match day(int first, int end, LocalDate date) {
        return span(first, end, date, date, "day", Timex.day(date));
    }

    static Match month(int first, int end, YearMonth month) {
        return span(first, end, month.atDay(1), month.atEndOfMonth(), "month", month.toString());
    }

    static Match year(int first, int end, int year) {
        return span(first, end, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year", String.valueOf(year));
    }

    static Match decade(int first, int end, int decadeStart) {
        return span(first, end, LocalDate.of(decadeStart, 1, 1), LocalDate.of(decadeStart + 9, 12, 31), "decade",
                String.valueOf(decadeStart / 10));
    }

    static Match week(int first, int end, LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return span(first, end, monday, monday.plusDays(6), "week", Timex.week(anyDay));
    }

    static Match span(int first, int end, LocalDate low, LocalDate high, String granularity, String timex) {
        return new Match(first, end, Kind.DATE, low.toEpochDay(), low.toEpochDay(), high.toEpochDay(), granularity,
                timex, false, null);
    }
}
