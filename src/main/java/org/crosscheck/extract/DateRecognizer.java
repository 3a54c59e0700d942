package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Reads dates: absolute ("Feb. 24, 2022", "24 February 2022", "2025-02-18"), partial ("February
 * 2022", "early February", "2018"), and relative to the publication date ("Tuesday", "yesterday",
 * "last week", "nearly three years ago").
 */
final class DateRecognizer {
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from",
            "through", "of", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "between");
    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "tonight", "NI");
    private static final Map<String, String[]> HOLIDAYS = new HashMap<>();
    private static final Phrases HOLIDAY_PHRASES;

    static {
        Lexicon.rows("holidays.tsv").forEach(row -> HOLIDAYS.put(row[0], new String[] {row[1], row[2]}));
        HOLIDAY_PHRASES = Phrases.of(HOLIDAYS);
    }

    static final Set<String> ANCHORS = Set.of("this", "last", "next");
    private static final Set<String> WEEKDAY_ANCHORS = Set.of("last", "next", "this", "coming", "past");
    private static final Set<String> PARTS_OF_MONTH = Set.of("early", "mid", "late");
    /** "1920 x 1200" is a size, not a year. */
    private static final Set<String> DIMENSION_SIGNS = Set.of("x", "×");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private DateRecognizer() {
    }

    static Match match(Passage passage, int i) {
        Match match = numeric(passage, i);
        if (match == null) {
            match = named(passage, i);
        }
        if (match == null) {
            match = Quarters.match(passage, i);
        }
        if (match == null) {
            match = holiday(passage, i);
        }
        if (match == null && passage.published != null) {
            match = RelativeDates.match(passage, i);
        }
        if (match == null) {
            match = year(passage, i);
        }
        return match;
    }

    /** "2025-02-18", and "03/10" (kept ambiguous when day and month could swap). */
    private static Match numeric(Passage passage, int i) {
        if (!passage.isNumber(i)) {
            return null;
        }
        String first = passage.token(i).text();
        if (first.length() == 4 && "-".equals(passage.lower(i + 1)) && passage.isNumber(i + 2)
                && "-".equals(passage.lower(i + 3)) && passage.isNumber(i + 4) && gluedRun(passage, i, 5)) {
            try {
                return Calendar.day(i, i + 5, LocalDate.parse(passage.phrase(i, i + 5)));
            } catch (java.time.DateTimeException notADate) {
                return null;
            }
        }
        boolean fraction = passage.isNumber(i - 1) && !passage.glued(i);
        if (fraction && "/".equals(passage.lower(i + 1))) {
            return Match.notAFact(i, i + 3);
        }
        if (first.length() <= 2 && "/".equals(passage.lower(i + 1)) && passage.isNumber(i + 2) && gluedRun(passage, i, 3)
                && passage.token(i + 2).text().length() <= 2) {
            int a = Integer.parseInt(first);
            int b = Integer.parseInt(passage.token(i + 2).text());
            boolean withYear = "/".equals(passage.lower(i + 3)) && passage.isNumber(i + 4) && gluedRun(passage, i, 5);
            int end = withYear ? i + 5 : i + 3;
            if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12) {
                return null;
            }
            if (a <= 12 && b <= 12 && a != b) {
                return new Match(i, end, Kind.DATE, 0, 0, 0, "day", null, true, null);
            }
            int year = withYear ? fullYear(passage.token(i + 4).text()) : passage.published == null ? 0
                    : Calendar.nearest(a > 12 ? b : a, a > 12 ? a : b, passage.published).getYear();
            return year == 0 ? null : safeDay(i, end, year, a > 12 ? b : a, a > 12 ? a : b);
        }
        return null;
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    /** Dates that name a month or weekday: "Tuesday", "Feb. 24, 2022", "24 February", "early February". */
    private static Match named(Passage passage, int i) {
        boolean ordinal = passage.glued(i + 1) && ORDINAL_SUFFIXES.contains(passage.lower(i + 1));
        int monthAt = ordinal ? i + 2 : i + 1;
        if (passage.isNumber(i) && passage.token(i).text().length() <= 2 && Calendar.month(passage, monthAt) > 0) {
            int day = Integer.parseInt(passage.token(i).text());
            int end = skipDot(passage, monthAt + 1);
            return dayOfMonth(passage, i, end, Calendar.month(passage, monthAt), day);
        }
        int k = i;
        String modifier = passage.lower(k);
        boolean partOfMonth = PARTS_OF_MONTH.contains(modifier) && Calendar.month(passage, skipHyphen(passage, k + 1)) > 0;
        if (partOfMonth) {
            k = skipHyphen(passage, k + 1);
        }
        int weekday = Calendar.weekday(passage, k);
        if (weekday > 0) {
            return inName(passage, k) ? null : weekday(passage, i, k, weekday);
        }
        int month = Calendar.month(passage, k);
        if (month == 0) {
            return null;
        }
        int next = skipDot(passage, k + 1);
        if (passage.isNumber(next) && passage.token(next).text().length() <= 2 && !partOfMonth) {
            int day = Integer.parseInt(passage.token(next).text());
            int end = next + 1;
            if (passage.glued(end) && ORDINAL_SUFFIXES.contains(passage.lower(end))) {
                end++;
            }
            return dayOfMonth(passage, i, end, month, day);
        }
        if (passage.isNumber(next) && Digits.year(passage.token(next).text())) {
            Match whole = Calendar.month(i, next + 1, YearMonth.of(Integer.parseInt(passage.token(next).text()), month));
            return partOfMonth ? partOf(whole, modifier) : whole;
        }
        boolean standsAsDate = partOfMonth || MONTH_PREPOSITIONS.contains(passage.lower(i - 1)) || month != 5;
        if (!standsAsDate || passage.published == null) {
            return null;
        }
        String anchor = passage.lower(i - 1);
        boolean anchored = "last".equals(anchor) || "next".equals(anchor);
        YearMonth named = anchored ? anchored(month, anchor, passage.published)
                : YearMonth.from(Tense.resolve(passage, i, Calendar.nearest(month, 1, passage.published)));
        Match whole = Calendar.month(anchored ? i - 1 : i, k + 1, named);
        return partOfMonth ? partOf(whole, modifier) : whole;
    }

    /** "last June": the latest June before the month of publication; "next March" the first after it. */
    private static YearMonth anchored(int month, String anchor, LocalDate published) {
        YearMonth now = YearMonth.from(published);
        YearMonth named = now.withMonth(month);
        if ("last".equals(anchor)) {
            return named.isBefore(now) ? named : named.minusYears(1);
        }
        return named.isAfter(now) ? named : named.plusYears(1);
    }

    /** A day of a month, with the year after it ("Feb. 24, 2022") or the one nearest publication. */
    private static Match dayOfMonth(Passage passage, int first, int end, int month, int day) {
        int k = ",".equals(passage.lower(end)) ? end + 1 : end;
        if (passage.isNumber(k) && Digits.year(passage.token(k).text())) {
            return safeDay(first, k + 1, Integer.parseInt(passage.token(k).text()), month, day);
        }
        if (passage.published == null || day < 1 || day > 31) {
            return null;
        }
        LocalDate date = Calendar.nearest(month, day, passage.published);
        return date == null ? null : Calendar.day(first, end, Tense.resolve(passage, first, date));
    }

    private static Match safeDay(int first, int end, int year, int month, int day) {
        try {
            return Calendar.day(first, end, LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    /** "early February" covers days 1-10, "mid" 11-20, "late" 21 to the end. */
    private static Match partOf(Match month, String modifier) {
        LocalDate start = LocalDate.ofEpochDay((long) month.low());
        LocalDate end = LocalDate.ofEpochDay((long) month.high());
        LocalDate low = switch (modifier) {
            case "mid" -> start.plusDays(10);
            case "late" -> start.plusDays(20);
            default -> start;
        };
        LocalDate high = switch (modifier) {
            case "early" -> start.plusDays(9);
            case "mid" -> start.plusDays(19);
            default -> end;
        };
        return Calendar.span(month.first(), month.end(), low, high, "month", month.timex());
    }

    /** A short weekday before a capitalised word that is no date: "Sun" in "the Biloxi Sun Herald". */
    private static boolean inName(Passage passage, int k) {
        Token next = passage.token(k + 1);
        return passage.token(k).bare().length() <= 4 && next != null && next.capitalized() && passage.sameSentence(k, k + 1)
                && Calendar.month(passage, k + 1) == 0 && Calendar.weekday(passage, k + 1) == 0;
    }

    /**
     * "Tuesday", "last Tuesday", "Tuesday, Feb. 18": the past or coming one by tense; "by Friday", a deadline, is coming;
     * "said Monday", the day of a statement, past whatever the statement's tense.
     */
    private static Match weekday(Passage passage, int first, int at, int weekday) {
        int afterComma = ",".equals(passage.lower(at + 1)) ? at + 2 : at + 1;
        if (Calendar.month(passage, afterComma) > 0 || passage.isNumber(afterComma) && Calendar.month(passage, afterComma + 1) > 0) {
            Match full = named(passage, afterComma);
            if (full != null && full.kind() == Kind.DATE) {
                return full.startingAt(first);
            }
        }
        if (passage.published == null) {
            return null;
        }
        String before = passage.lower(first - 1);
        int start = WEEKDAY_ANCHORS.contains(before) ? first - 1 : first;
        DayOfWeek day = DayOfWeek.of(weekday);
        boolean future = "next".equals(before) || "coming".equals(before) || "this".equals(before) || "by".equals(before)
                || !"last".equals(before) && !"past".equals(before) && !statedOn(before) && Tense.future(passage, start);
        LocalDate date = future
                ? passage.published.with(TemporalAdjusters.nextOrSame(day))
                : passage.published.with(TemporalAdjusters.previousOrSame(day));
        if ("next".equals(before) && date.equals(passage.published)) {
            date = date.plusWeeks(1);
        }
        int end = at + 1;
        String part = passage.lower(end);
        if (DAY_PARTS.containsKey(part) && !"tonight".equals(part)) {
            return Calendar.span(start, end + 1, date, date, "day", Timex.day(date) + "T" + DAY_PARTS.get(part));
        }
        return Calendar.day(start, end, date);
    }

    private static boolean statedOn(String before) {
        return TimeAnchoring.REPORTING.contains(before) && !"says".equals(before);
    }

    /**
     * Fixed-date holidays: "Christmas", "New Year's Day", in the year nearest publication; not one that names a
     * kind of thing ("a Christmas party", "Halloween parades"); "by Christmas", a deadline, is the coming one.
     */
    private static Match holiday(Passage passage, int i) {
        Token token = passage.token(i);
        if (passage.published == null || !token.capitalized()) {
            return null;
        }
        int length = HOLIDAY_PHRASES.lengthAt(passage, i);
        Token next = passage.token(i + length);
        boolean modifier = next != null && passage.isWord(i + length) && !next.capitalized() && !Words.stopword(next.lower())
                && passage.sameSentence(i, i + length);
        if (length == 0 || modifier) {
            return null;
        }
        String[] date = HOLIDAYS.get(passage.phrase(i, i + length));
        LocalDate nearest = Calendar.nearest(Integer.parseInt(date[0]), Integer.parseInt(date[1]), passage.published);
        boolean deadline = "by".equals(passage.lower(i - 1)) && nearest.isAfter(passage.published);
        return Calendar.day(i, i + length, deadline ? nearest : Tense.resolve(passage, i, nearest));
    }

    /** "'86", "’03": a year written with two digits after an apostrophe ("the '90s" a decade); "04" in "2003-04". */
    private static Match shortYear(Passage passage, int i) {
        boolean secondOfPair = passage.isNumber(i) && Digits.only(passage.token(i).text(), 2, 2)
                && "-".equals(passage.lower(i - 1)) && passage.glued(i) && passage.glued(i - 1) && passage.isNumber(i - 2)
                && Digits.year(passage.token(i - 2).text());
        if (secondOfPair) {
            int first = Integer.parseInt(passage.token(i - 2).text());
            return Calendar.year(i, i + 1, first / 100 * 100 + Integer.parseInt(passage.token(i).text()));
        }
        boolean apostrophe = "'".equals(passage.lower(i)) || "’".equals(passage.lower(i));
        if (!apostrophe || !passage.isNumber(i + 1) || !passage.glued(i + 1) || !Digits.only(passage.token(i + 1).text(), 2, 2)
                || passage.published == null || passage.isWord(i - 1) && passage.glued(i)) {
            return null;
        }
        int twoDigits = Integer.parseInt(passage.token(i + 1).text());
        int century = twoDigits <= passage.published.getYear() % 100 + 10 ? 2000 : 1900;
        boolean decade = twoDigits % 10 == 0 && "s".equals(passage.lower(i + 2)) && passage.glued(i + 2);
        return decade ? Calendar.decade(i, i + 3, century + twoDigits) : Calendar.year(i, i + 2, century + twoDigits);
    }

    /** A year standing alone, "in 2018", "the 2018 killing", decades, "the 1990s", "the 1930's", and "2003-04". */
    private static Match year(Passage passage, int i) {
        Match shortYear = shortYear(passage, i);
        if (shortYear != null) {
            return shortYear;
        }
        if (!passage.isNumber(i) || !Digits.year(passage.token(i).text())) {
            return null;
        }
        int year = Integer.parseInt(passage.token(i).text());
        if (passage.glued(i + 1) && "s".equals(passage.lower(i + 1)) && year % 10 == 0) {
            return Calendar.decade(i, i + 2, year);
        }
        if (passage.glued(i + 1) && ("'s".equals(passage.phrase(i + 1, i + 3)) || "’s".equals(passage.phrase(i + 1, i + 3)))
                && year % 10 == 0) {
            return Calendar.decade(i, i + 3, year);
        }
        String next = passage.token(i + 1) == null ? "" : passage.token(i + 1).bare();
        boolean quantityFollows = "%".equals(next) || Words.plural(next) && !passage.token(i + 1).capitalized()
                || Units.measure(passage, i + 1) != null || Units.currencyAfter(passage, i + 1) != null
                || Units.currencyBefore(passage, i - 1) != null && passage.glued(i)
                || DIMENSION_SIGNS.contains(next) && passage.isNumber(i + 2);
        return quantityFollows ? null : Calendar.year(i, i + 1, year);
    }

    private static boolean gluedRun(Passage passage, int first, int length) {
        for (int k = first + 1; k < first + length; k++) {
            if (!passage.glued(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipDot(Passage passage, int i) {
        return ".".equals(passage.lower(i)) && passage.glued(i) ? i + 1 : i;
    }

    private static int skipHyphen(Passage passage, int i) {
        return "-".equals(passage.lower(i)) && passage.glued(i) ? i + 1 : i;
    }
}
