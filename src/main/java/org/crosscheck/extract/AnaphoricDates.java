package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.source.Lexicon;

/**
 * Dates TimeML anchors on the last date the text named: "that day", "the following year", "a year
 * earlier", and "the week" or "the day" after "for", "during" or "later in"; "the current quarter" is
 * the publication's.
 * They are read as placeholders ("@year-1") and given their value once the dates before them are
 * known; with no date named before, the publication date is the anchor. Used only when extracting
 * TIMEX3 annotations.
 */
final class AnaphoricDates {
    private static final Map<String, String[]> PHRASES = Lexicon.rows("anaphoric-dates.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row));
    private static final Phrases ANAPHORS = Phrases.of(PHRASES);
    private static final Set<String> CURRENT_UNITS = Set.of("day", "week", "month", "year");
    /** The reporting periods "a year earlier" compares with, though a day (the report's) be named after them. */
    private static final Set<String> PERIODS = Set.of("month", "quarter");
    private static final Set<String> DIRECTIONS = Set.of("earlier", "later");
    private static final Set<String> BEFORE_CURRENT = Set.of("for", "during", "throughout");
    private static final Set<String> NOT_AFTER_CURRENT = Set.of("of", "before", "after", "when", "that", "in", "'s");
    private static final Pattern SHIFTED = Pattern.compile("P(\\d+)([DWMY])");
    private static final Pattern ANCHOR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-Q(\\d)|-W(\\d{2}))?");
    private static final Pattern PLACEHOLDER = Pattern.compile("@(day|week|month|quarter|year|period)([+-]\\d+)");
    private static final Map<String, String> UNIT_OF = Map.of("D", "day", "W", "week", "M", "month", "Y", "year");

    /** The last date named: the day it falls on (its first day), and its granularity. */
    private record Anchor(LocalDate day, String granularity) {
    }

    private AnaphoricDates() {
    }

    /** "that day", "the previous year", "for the week": a placeholder for the date it refers to. */
    static Match match(Passage passage, int i) {
        int length = ANAPHORS.lengthAt(passage, i);
        if (length > 0) {
            String[] row = PHRASES.get(passage.phrase(i, i + length));
            if (row.length > 3 && passage.published != null) {
                String value = shift(new Anchor(passage.published, "day"), row[1], Integer.parseInt(row[2]));
                return new Match(i, i + length, Kind.DATE, 0, 0, 0, null, value, true, null);
            }
            return placeholder(i, i + length, row[1], Integer.parseInt(row[2]));
        }
        boolean current = "the".equals(passage.lower(i)) && CURRENT_UNITS.contains(passage.lower(i + 1))
                && !NOT_AFTER_CURRENT.contains(passage.lower(i + 2))
                && (BEFORE_CURRENT.contains(passage.lower(i - 1))
                || "in".equals(passage.lower(i - 1)) && DIRECTIONS.contains(passage.lower(i - 2)));
        return current ? placeholder(i, i + 2, passage.lower(i + 1), 0) : null;
    }

    /**
     * The placeholders' values, and "a year earlier", "a month later" (a duration of one unit before
     * "earlier" or "later") as the dates they point to.
     */
    static List<Match> resolve(Passage passage, List<Match> matches) {
        List<Match> resolved = new ArrayList<>(matches.size());
        Anchor lastDay = passage.published == null ? null : new Anchor(passage.published, "day");
        Anchor last = lastDay;
        Anchor lastPeriod = null;
        for (Match match : matches) {
            Match shifted = relative(passage, match);
            Matcher placeholder = shifted.timex() == null ? null : PLACEHOLDER.matcher(shifted.timex());
            if (placeholder != null && placeholder.matches()) {
                String unit = placeholder.group(1);
                Anchor from = "day".equals(unit) || "week".equals(unit) ? lastDay
                        : "period".equals(unit) && lastPeriod != null ? lastPeriod : last;
                String value = shift(from, unit, Integer.parseInt(placeholder.group(2)));
                if (value != null) {
                    resolved.add(new Match(shifted.first(), shifted.end(), Kind.DATE, 0, 0, 0, null, value, true, null));
                }
                continue;
            }
            Anchor anchor = match.kind() == Kind.DATE ? anchor(match.timex()) : null;
            if (anchor != null) {
                last = anchor;
                lastDay = "day".equals(anchor.granularity()) ? anchor : lastDay;
                boolean day = "day".equals(anchor.granularity());
                lastPeriod = PERIODS.contains(anchor.granularity()) ? anchor : day ? lastPeriod : null;
            }
            resolved.add(shifted);
        }
        return resolved;
    }

    /**
     * "a year earlier", "a month later" (P1Y, then "earlier") as "@period-1" and "@month+1": the comparison period
     * of business reporting. A counted span ("four days later") stays a duration, "later" its signal.
     */
    private static Match relative(Passage passage, Match match) {
        String direction = passage.lower(match.end());
        Matcher amount = match.timex() == null || match.kind() != Kind.DURATION ? null : SHIFTED.matcher(match.timex());
        boolean article = "a".equals(passage.lower(match.first())) || "an".equals(passage.lower(match.first()));
        if (amount == null || !amount.matches() || !article || !DIRECTIONS.contains(direction)) {
            return match;
        }
        String unit = "Y".equals(amount.group(2)) ? "period" : UNIT_OF.get(amount.group(2));
        return placeholder(match.first(), match.end() + 1, unit, "earlier".equals(direction) ? -1 : 1);
    }

    private static Match placeholder(int first, int end, String unit, int offset) {
        return new Match(first, end, Kind.DATE, 0, 0, 0, null, "@" + unit + (offset < 0 ? "" : "+") + offset, true, null);
    }

    private static Anchor anchor(String timex) {
        Matcher date = timex == null ? null : ANCHOR.matcher(timex);
        if (date == null || !date.matches()) {
            return null;
        }
        int year = Integer.parseInt(date.group(1));
        if (date.group(3) != null) {
            return new Anchor(LocalDate.parse(timex), "day");
        }
        if (date.group(2) != null) {
            return new Anchor(LocalDate.of(year, Integer.parseInt(date.group(2)), 1), "month");
        }
        if (date.group(4) != null) {
            return new Anchor(LocalDate.of(year, Integer.parseInt(date.group(4)) * 3 - 2, 1), "quarter");
        }
        if (date.group(5) != null) {
            return new Anchor(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.group(5))),
                    "week");
        }
        return new Anchor(LocalDate.of(year, 1, 1), "year");
    }

    /**
     * The date {@code offset} units from the anchor, as precise as the unit, or a quarter before a quarter; a "period"
     * is the anchor's month or quarter {@code offset} years off ("sales in March, up from a year earlier").
     */
    private static String shift(Anchor anchor, String unit, int offset) {
        if (anchor == null) {
            return null;
        }
        LocalDate day = anchor.day();
        return switch (unit) {
            case "day" -> Timex.day(day.plusDays(offset));
            case "week" -> Timex.week(day.plusWeeks(offset));
            case "month" -> YearMonth.from(day.plusMonths(offset)).toString();
            case "quarter" -> {
                LocalDate moved = day.plusMonths(3L * offset);
                yield moved.getYear() + "-Q" + moved.get(IsoFields.QUARTER_OF_YEAR);
            }
            case "period" -> "month".equals(anchor.granularity()) ? YearMonth.from(day.plusYears(offset)).toString()
                    : shift(anchor, "year", offset);
            default -> "quarter".equals(anchor.granularity())
                    ? day.getYear() + offset + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR)
                    : String.valueOf(day.getYear() + offset);
        };
    }
}
