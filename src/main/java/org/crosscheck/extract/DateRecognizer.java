package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
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
    private static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "tonight", "NI");
    private static final Map<String, String> RELATIVE_DAYS = Lexicon.map("relative-days.tsv");
    private static final Set<String> FUTURE_MARKERS = Lexicon.words("future-markers.tsv");
    private static final int TENSE_WINDOW = 12;
    private static final Set<String> ANCHORS = Set.of("this", "last", "next");
    private static final Set<String> WEEKDAY_ANCHORS = Set.of("last", "next", "this", "coming", "past");
    private static final Set<String> PARTS_OF_MONTH = Set.of("early", "mid", "late");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "q1", 1, "q2", 2, "q3", 3, "q4", 4);
    private static final Set<String> PAST_MARKERS = Set.of("was", "were", "had", "did", "ago", "last", "took", "began",
            "said", "told", "won", "lost", "came", "went", "made", "gave", "left", "saw");

    private DateRecognizer() {
    }

    static Match match(Passage passage, int i) {
        Match match = numeric(passage, i);
        if (match == null) {
            match = named(passage, i);
        }
        if (match == null) {
            match = quarter(passage, i);
        }
        if (match == null && passage.published != null) {
            match = relative(passage, i);
        }
        if (match == null) {
            match = year(passage, i);
        }
        return match;
    }

    /** "the third quarter of 2024", "third-quarter", "Q3 2024", "last quarter": a quarter of a year. */
    private static Match quarter(Passage passage, int i) {
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
                && ANCHORS.contains(word)) {
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
            year = passage.published.getYear();
        } else {
            return null;
        }
        return quarterOf(i, end, LocalDate.of(year, ordinal * 3 - 2, 1));
    }

    private static Match quarterOf(int first, int end, LocalDate start) {
        int quarter = (start.getMonthValue() - 1) / 3 + 1;
        return Calendar.span(first, end, start, start.plusMonths(3).minusDays(1), "quarter", start.getYear() + "-Q" + quarter);
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
        if (passage.isNumber(i) && passage.token(i).text().length() <= 2 && Calendar.month(passage, i + 1) > 0) {
            int day = Integer.parseInt(passage.token(i).text());
            int monthAt = i + 1;
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
            return weekday(passage, i, k, weekday);
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
        LocalDate nearest = byTense(passage, i, Calendar.nearest(month, 1, passage.published));
        Match whole = Calendar.month(i, k + 1, YearMonth.from(nearest));
        return partOfMonth ? partOf(whole, modifier) : whole;
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
        return date == null ? null : Calendar.day(first, end, byTense(passage, first, date));
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

    /** "Tuesday", "last Tuesday", "Tuesday, Feb. 18": the past or coming one by tense. */
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
        boolean future = "next".equals(before) || "coming".equals(before) || "this".equals(before)
                || !"last".equals(before) && !"past".equals(before) && futureContext(passage, start);
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

    /**
     * A date without a year, taken at first as the one nearest publication, moves a year back when
     * it would lie ahead although its sentence speaks of the past, and a year on when it would lie
     * behind although its sentence speaks of what is to come.
     */
    private static LocalDate byTense(Passage passage, int i, LocalDate nearest) {
        if (nearest.isAfter(passage.published.plusDays(7)) && !futureContext(passage, i) && pastContext(passage, i)) {
            return nearest.minusYears(1);
        }
        if (nearest.isBefore(passage.published.minusDays(7)) && futureContext(passage, i)) {
            return nearest.plusYears(1);
        }
        return nearest;
    }

    private static boolean pastContext(Passage passage, int i) {
        for (int k = passage.sentenceStart(i); k < passage.sentenceEnd(i); k++) {
            String word = passage.lower(k);
            if (PAST_MARKERS.contains(word) || word.length() > 4 && word.endsWith("ed") && !FUTURE_MARKERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean futureContext(Passage passage, int i) {
        for (int k = i - 1; k >= Math.max(0, i - TENSE_WINDOW) && passage.sameSentence(k, i); k--) {
            if (FUTURE_MARKERS.contains(passage.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "yesterday", "this morning", "last week", "earlier this year", "three years ago". */
    private static Match relative(Passage passage, int i) {
        LocalDate published = passage.published;
        String word = passage.lower(i);
        String relativeDay = RELATIVE_DAYS.get(passage.token(i).bare());
        if (relativeDay != null && passage.isWord(i)) {
            LocalDate date = published.plusDays(Long.parseLong(relativeDay));
            String part = "tonight".equals(word) ? "TNI" : "";
            return Calendar.span(i, i + 1, date, date, "day", Timex.day(date) + part);
        }
        int k = i;
        if (("earlier".equals(word) || "later".equals(word)) && "this".equals(passage.lower(i + 1))) {
            k++;
        }
        String anchor = passage.lower(k);
        String unit = passage.token(k + 1) == null ? "" : passage.token(k + 1).bare();
        if (ANCHORS.contains(anchor)) {
            int shift = "last".equals(anchor) ? -1 : "next".equals(anchor) ? 1 : 0;
            Match match = shifted(i, k + 2, published, unit, shift, anchor);
            if (match != null) {
                return match;
            }
        }
        return ago(passage, i);
    }

    private static Match shifted(int first, int end, LocalDate published, String unit, int shift, String anchor) {
        return switch (unit) {
            case "week" -> Calendar.week(first, end, published.plusWeeks(shift));
            case "month" -> Calendar.month(first, end, YearMonth.from(published.plusMonths(shift)));
            case "year" -> Calendar.year(first, end, published.getYear() + shift);
            case "night" -> "last".equals(anchor)
                    ? Calendar.span(first, end, published.minusDays(1), published.minusDays(1), "day",
                            Timex.day(published.minusDays(1)) + "TNI") : null;
            case "morning", "afternoon", "evening" -> shift == 0
                    ? Calendar.span(first, end, published, published, "day", Timex.day(published) + "T" + DAY_PARTS.get(unit))
                    : null;
            default -> null;
        };
    }

    /**
     * "three years ago" (the year 2022), "a week ago"; with an approximator, the days the wording
     * allows: "nearly three years ago" runs from three years to 0.9 of three years back.
     */
    private static Match ago(Passage passage, int i) {
        Approximation.Found approximation = Approximation.at(passage, i);
        int k = i + approximation.length();
        NumberPhrase number = "a".equals(passage.lower(k)) || "an".equals(passage.lower(k))
                ? new NumberPhrase(k, k + 1, 1, 1, 1, true, false)
                : NumberParser.parse(passage, k, false);
        if (number == null || !Units.isTimeUnit(passage.lower(number.end())) || !"ago".equals(passage.lower(number.end() + 1))) {
            return null;
        }
        double[] bounds = approximation.bound(number.low(), number.high());
        String unit = Words.singular(passage.lower(number.end()));
        int end = number.end() + 2;
        LocalDate published = passage.published;
        LocalDate target = minus(published, unit, number.value());
        LocalDate earliest = minus(published, unit, bounds[1]);
        LocalDate latest = minus(published, unit, bounds[0]);
        Match shape = switch (unit) {
            case "year", "decade", "century" -> Calendar.year(i, end, target.getYear());
            case "month" -> Calendar.month(i, end, YearMonth.from(target));
            case "week" -> Calendar.week(i, end, target);
            default -> Calendar.day(i, end, target);
        };
        if (earliest == null || latest == null) {
            return null;
        }
        boolean approximate = approximation.length() > 0;
        double low = approximate ? earliest.toEpochDay() : shape.low();
        double high = approximate ? latest.toEpochDay() : shape.high();
        return new Match(i, end, Kind.DATE, shape.value(), low, high, shape.unit(), shape.timex(), false, null);
    }

    private static LocalDate minus(LocalDate date, String unit, double amount) {
        if (Double.isInfinite(amount) || amount > 10000) {
            return null;
        }
        long days = Math.round(switch (unit) {
            case "year" -> amount * 365.25;
            case "decade" -> amount * 3652.5;
            case "century" -> amount * 36525;
            case "month" -> amount * 30.44;
            case "week" -> amount * 7;
            case "fortnight" -> amount * 14;
            case "day" -> amount;
            default -> 0;
        });
        return date.minusDays(days);
    }

    /** A year standing alone, "in 2018", "the 2018 killing", and decades, "the 1990s". */
    private static Match year(Passage passage, int i) {
        if (!passage.isNumber(i) || !Digits.year(passage.token(i).text())) {
            return null;
        }
        int year = Integer.parseInt(passage.token(i).text());
        if (passage.glued(i + 1) && "s".equals(passage.lower(i + 1)) && year % 10 == 0) {
            return Calendar.decade(i, i + 2, year);
        }
        String next = passage.token(i + 1) == null ? "" : passage.token(i + 1).bare();
        boolean quantityFollows = "%".equals(next) || Words.plural(next) && !passage.token(i + 1).capitalized()
                || Units.measure(passage, i + 1) != null || Units.currencyAfter(passage, i + 1) != null
                || Units.currencyBefore(passage, i - 1) != null && passage.glued(i);
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
