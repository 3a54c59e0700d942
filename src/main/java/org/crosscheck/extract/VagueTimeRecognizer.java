package org.crosscheck.extract;

import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Time references with no value to compare, as TimeML annotates them: "now" (PRESENT_REF),
 * "recently" (PAST_REF), "several months" (PXM), "for years" (PXY), "this summer" (2024-SU), "the
 * weekend" (2024-W07-WE), periods ({@link NamedPeriods}), and frequencies such as "every day" (P1D),
 * "each spring" (XXXX-SP). They are facts without a value: marked ambiguous, never aligned or compared.
 */
final class VagueTimeRecognizer {
    private static final Map<String, String> REFERENCES = Lexicon.map("vague-times.tsv");
    private static final Phrases REFERENCE_PHRASES = Phrases.of(REFERENCES);
    private static final Set<String> ANCHORS = Set.of("this", "last", "next");
    private static final Set<String> EVERY = Set.of("every", "each", "per");
    /** Words after "the" that make a single unit a span of it: "the past year", "the whole day". */
    private static final Set<String> SPAN_OPENERS = Set.of("past", "last", "coming", "whole", "entire");
    private static final Set<String> LONG_UNITS = Set.of("decade", "century");
    private static final Set<String> DAY_PART_OPENERS = Set.of("the", "that", "late", "early");
    /** Stands for the day a part of the day belongs to until {@link TimeMlSpans} knows it. */
    static final String ANAPHORIC_DAY = "DAY";
    static final Map<String, String> SETS = Lexicon.map("set-words.tsv");
    private static final Set<String> VAGUE_AMOUNTS = Set.of("several", "few", "many", "some", "recent", "past");

    private VagueTimeRecognizer() {
    }

    static Match match(Passage passage, int i) {
        Match anaphor = AnaphoricDates.match(passage, i);
        if (anaphor != null) {
            return anaphor;
        }
        int length = REFERENCE_PHRASES.lengthAt(passage, i);
        String next = passage.lower(i + length);
        boolean past = length > 0 && "past".equals(passage.lower(i + length - 1));
        boolean quantityFollows = past && (passage.isNumber(i + length) || NumberParser.isNumberWord(next)
                || Units.isTimeUnit(next) || VAGUE_AMOUNTS.contains(next) || "few".equals(next));
        boolean futureOf = "of".equals(next) && passage.lower(i + length - 1).equals("future");
        if (length > 0 && !quantityFollows && !futureOf) {
            return vague(i, i + length, Kind.DATE, REFERENCES.get(passage.phrase(i, i + length)));
        }
        Match match = longCompound(passage, i);
        if (match == null) {
            match = vagueDuration(passage, i);
        }
        if (match == null) {
            match = NamedPeriods.match(passage, i);
        }
        if (match == null) {
            match = another(passage, i);
        }
        if (match == null) {
            match = frequency(passage, i);
        }
        if (match == null) {
            match = Rates.match(passage, i);
        }
        if (match == null) {
            match = weekend(passage, i);
        }
        if (match == null) {
            match = pastSpan(passage, i);
        }
        if (match == null) {
            match = partOfDay(passage, i);
        }
        return match == null ? bareUnits(passage, i) : match;
    }

    /**
     * "the past year", "the last month", "the coming decade", "the next decade", "the whole day", "all year": TimeML
     * reads a span of one unit, P1Y, P1M, P1DE and P1D ("the next year" is mostly the year after, a date).
     */
    private static Match pastSpan(Passage passage, int i) {
        int k = "all".equals(passage.lower(i)) ? i + 1 : i + 2;
        boolean next = "next".equals(passage.lower(i + 1)) && LONG_UNITS.contains(passage.lower(i + 2));
        boolean opened = k == i + 1 || "the".equals(passage.lower(i)) && (SPAN_OPENERS.contains(passage.lower(i + 1)) || next);
        Units.Found<Units.TimeUnit> unit = opened ? Units.timeUnit(passage, k) : null;
        if (unit == null || passage.lower(k).endsWith("s") || k == i + 1 && "night".equals(passage.lower(k))) {
            return null;
        }
        return measured(i, k + 1, unit.unit());
    }

    /** "another year": one more unit, P1Y; "just another day" is no span. */
    private static Match another(Passage passage, int i) {
        boolean another = "another".equals(passage.lower(i)) && !"just".equals(passage.lower(i - 1));
        Units.Found<Units.TimeUnit> unit = another ? Units.timeUnit(passage, i + 1) : null;
        return unit == null || passage.lower(i + 1).endsWith("s") ? null : measured(i, i + 2, unit.unit());
    }

    /** A span of one unit with its length: unlike a bare "P1Y" from {@link #vague}, no frequency. */
    private static Match measured(int first, int end, Units.TimeUnit unit) {
        double seconds = unit.seconds();
        return new Match(first, end, Kind.DURATION, seconds, seconds, seconds, "s", Timex.duration(1, unit.designator()), false,
                null);
    }

    /** "that night", "the morning", "late afternoon": a part of the day named last; the day is set later. */
    private static Match partOfDay(Passage passage, int i) {
        boolean opener = DAY_PART_OPENERS.contains(passage.lower(i));
        String code = opener ? DateRecognizer.DAY_PARTS.get(passage.lower(i + 1)) : null;
        return code == null ? null : vague(i, i + 2, Kind.TIME, ANAPHORIC_DAY + "T" + code);
    }

    /** "every day", "each year", "per minute", "daily": a frequency, TimeML's SET. */
    private static Match frequency(Passage passage, int i) {
        String word = passage.lower(i);
        String set = SETS.get(word);
        Token next = passage.token(i + 1);
        if (set != null && (!passage.token(i).capitalized() || next != null && !next.capitalized())) {
            return vague(i, i + 1, Kind.DURATION, set);
        }
        String season = EVERY.contains(word) ? NamedPeriods.SEASONS.get(passage.lower(i + 1)) : null;
        if (season != null) {
            return vague(i, i + 2, Kind.DURATION, "XXXX-" + season);
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, i + 1);
        boolean partOfDay = DateRecognizer.DAY_PARTS.containsKey(passage.lower(i + 1));
        if (!EVERY.contains(word) || unit == null || passage.lower(i + 1).endsWith("s") || partOfDay) {
            return null;
        }
        return vague(i, i + 2, Kind.DURATION, Timex.duration(1, unit.unit().designator()));
    }

    /**
     * "this weekend": the weekend of the publication week; "last weekend" the one before; "the
     * weekend" the one before too when its sentence speaks of the past on a weekday; "weekends" and "every weekend" a SET.
     */
    private static Match weekend(Passage passage, int i) {
        String opener = passage.lower(i);
        int k = "the".equals(opener) || ANCHORS.contains(opener) || EVERY.contains(opener) ? i + 1 : i;
        String word = passage.token(k) == null ? "" : passage.token(k).bare();
        if ("weekends".equals(word) && k == i || "weekend".equals(word) && EVERY.contains(opener)) {
            return vague(i, k + 1, Kind.DURATION, "XXXX-WXX-WE");
        }
        if (!"weekend".equals(word) || passage.published == null) {
            return null;
        }
        boolean weekday = passage.published.getDayOfWeek().getValue() <= 5;
        boolean pastWeekend = !ANCHORS.contains(opener) && weekday && !Tense.future(passage, i) && Tense.past(passage, i);
        int weeks = "last".equals(opener) || pastWeekend ? -1 : "next".equals(opener) ? 1 : 0;
        return vague(i, k + 1, Kind.DATE, Timex.week(passage.published.plusWeeks(weeks)) + "-WE");
    }

    /** "year-long" (P1Y), "decades-long" (PXDE): a unit of time made an adjective. */
    private static Match longCompound(Passage passage, int i) {
        Units.Found<Units.TimeUnit> unit = longAfter(passage, i) ? Units.timeUnit(passage, i) : null;
        if (unit == null) {
            return null;
        }
        return passage.lower(i).endsWith("s") ? vague(i, i + 3, Kind.DURATION, vagueValue(unit.unit()))
                : measured(i, i + 3, unit.unit());
    }

    /** Whether "-long" follows token {@code i}, glued to it. */
    static boolean longAfter(Passage passage, int i) {
        return "-".equals(passage.lower(i + 1)) && passage.glued(i + 1) && "long".equals(passage.lower(i + 2)) && passage.glued(i + 2);
    }

    /** "for years", "the days", "minutes": a plural unit of time with no number, PXY and the like. */
    private static Match bareUnits(Passage passage, int i) {
        int k = "the".equals(passage.lower(i)) ? i + 1 : i;
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, k);
        boolean bare = unit != null && passage.lower(k).endsWith("s") && !passage.isNumber(k - 1) && !longAfter(passage, k)
                && !NumberParser.isNumberWord(passage.lower(k - 1)) && !"ago".equals(passage.lower(k + 1));
        if (!bare) {
            return null;
        }
        return vague(i, k + 1, Kind.DURATION, vagueValue(unit.unit()));
    }

    private static String vagueValue(Units.TimeUnit unit) {
        return Timex.vague(unit.designator());
    }

    /** "several months", "a few days", "recent years": PXM, PXD, PXY; "several years ago" is PAST_REF. */
    private static Match vagueDuration(Passage passage, int i) {
        int k = i;
        if ("a".equals(passage.lower(k)) && "few".equals(passage.lower(k + 1))) {
            k++;
        }
        if (!VAGUE_AMOUNTS.contains(passage.lower(k))) {
            return null;
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, k + 1);
        if (unit == null || !passage.lower(k + 1).endsWith("s")) {
            return null;
        }
        if ("ago".equals(passage.lower(k + 2))) {
            return vague(i, k + 3, Kind.DATE, "PAST_REF");
        }
        return vague(i, k + 2, Kind.DURATION, vagueValue(unit.unit()));
    }

    private static Match vague(int first, int end, Kind kind, String timex) {
        return new Match(first, end, kind, 0, 0, 0, kind == Kind.TIME ? "local" : null, timex, true, null);
    }
}
