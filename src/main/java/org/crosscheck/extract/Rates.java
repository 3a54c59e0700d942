package org.crosscheck.extract;

import java.util.Set;

/**
 * Frequencies TimeML reads as SETs: "twice a day" (P1D), a rate after a quantity ("900 passengers
 * a day", "$300 a month", "three times a year"), "every other week" (P2W), "every quarter" (P3M), "every Monday" and "on
 * Fridays" (XXXX-WXX-1, XXXX-WXX-5), "each September" (XXXX-09), "each morning" (XXXX-XX-XXTMO). Used only for TIMEX3.
 */
final class Rates {
    private static final Set<String> COUNTS = Set.of("once", "twice", "thrice");
    private static final Set<String> PER = Set.of("a", "an", "per");
    private static final Set<String> EVERY = Set.of("every", "each");
    private static final int QUANTITY_REACH = 3;

    private Rates() {
    }

    static Match match(Passage passage, int i) {
        Match match = counted(passage, i);
        if (match == null) {
            match = afterQuantity(passage, i);
        }
        if (match == null) {
            match = everyOther(passage, i);
        }
        return match == null ? weekly(passage, i) : match;
    }

    /** "twice a day", "three times a year", "once per week", "twice weekly". */
    private static Match counted(Passage passage, int i) {
        int k = countEnd(passage, i);
        String set = k < 0 ? null : VagueTimeRecognizer.SETS.get(passage.lower(k + 1));
        if (set != null) {
            return set(i, k + 2, set);
        }
        return k < 0 ? null : perUnit(passage, i, k + 1);
    }

    /** The last token of "twice" or "three times" at {@code i}, or -1. */
    static int countEnd(Passage passage, int i) {
        if (passage.isNumber(i) || NumberParser.isNumberWord(passage.lower(i))) {
            return "times".equals(passage.lower(i + 1)) ? i + 1 : -1;
        }
        return COUNTS.contains(passage.lower(i)) ? i : -1;
    }

    /** "a day" after a quantity of something: "900 passengers a day", "$300 a month", "10 percent a year". */
    private static Match afterQuantity(Passage passage, int i) {
        if (!PER.contains(passage.lower(i))) {
            return null;
        }
        for (int k = i - 1; k >= Math.max(0, i - QUANTITY_REACH) && passage.sameSentence(k, i); k--) {
            if (passage.isNumber(k) || NumberParser.isNumberWord(passage.lower(k))) {
                return perUnit(passage, i, i);
            }
            if (!passage.isWord(k) && !"%".equals(passage.lower(k))) {
                return null;
            }
        }
        return null;
    }

    private static Match perUnit(Passage passage, int first, int per) {
        Units.Found<Units.TimeUnit> unit = PER.contains(passage.lower(per)) ? Units.timeUnit(passage, per + 1) : null;
        if (unit == null || passage.lower(per + 1).endsWith("s")) {
            return null;
        }
        return set(first, per + 2, Timex.duration(1, unit.unit().designator()));
    }

    /** "every other week", "every other day": P2W, P2D; "every quarter": P3M. */
    private static Match everyOther(Passage passage, int i) {
        if (EVERY.contains(passage.lower(i)) && "quarter".equals(passage.lower(i + 1))) {
            return set(i, i + 2, "P3M");
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, i + 2);
        boolean other = EVERY.contains(passage.lower(i)) && "other".equals(passage.lower(i + 1));
        return other && unit != null ? set(i, i + 3, Timex.duration(2, unit.unit().designator())) : null;
    }

    /** "every Monday", "every other Thursday", "on Fridays", "each morning". */
    private static Match weekly(Passage passage, int i) {
        boolean every = EVERY.contains(passage.lower(i));
        int k = every ? i + 1 : i;
        if (every && "other".equals(passage.lower(k)) && Calendar.weekday(passage, k + 1) > 0) {
            k++;
        }
        int weekday = every ? Calendar.weekday(passage, k) : 0;
        if (weekday == 0 && "on".equals(passage.lower(i))) {
            k = i + 1;
            weekday = Calendar.weekdays(passage, k);
        }
        if (weekday > 0) {
            return set(every ? i : k, k + 1, "XXXX-WXX-" + weekday);
        }
        int month = every ? Calendar.month(passage, k) : 0;
        if (month > 0) {
            return set(i, k + 1, String.format("XXXX-%02d", month));
        }
        String part = every ? DateRecognizer.DAY_PARTS.get(passage.lower(k)) : null;
        return part == null ? null : set(i, k + 1, "XXXX-XX-XXT" + part);
    }

    private static Match set(int first, int end, String timex) {
        return new Match(first, end, Kind.DURATION, 0, 0, 0, null, timex, true, null);
    }
}
