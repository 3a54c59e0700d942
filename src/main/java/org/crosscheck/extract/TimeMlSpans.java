package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TimeML's reading of a day and its time ("May 24, 2005, 3:23 PM ET", "noon Tuesday"): one TIME
 * expression. Used only when extracting TIMEX3 annotations; fact checks keep the day and the time
 * as two facts.
 */
final class TimeMlSpans {
    private static final Set<String> JOINERS = Set.of(",", "at", "-");

    private TimeMlSpans() {
    }

    /** Gives "that night" and the like the last day named before them, or the publication date; resolves {@link AnaphoricDates}. */
    static List<Match> anchorDayParts(Passage passage, List<Match> matches) {
        matches = AnaphoricDates.resolve(passage, matches);
        List<Match> anchored = new ArrayList<>();
        String lastDay = passage.published == null ? null : passage.published.toString();
        for (Match match : matches) {
            if (match.kind() == Kind.DATE && "day".equals(match.unit()) && match.timex() != null && match.timex().length() >= 10) {
                lastDay = match.timex().substring(0, 10);
            }
            boolean partOfDay = match.timex() != null && match.timex().startsWith(VagueTimeRecognizer.ANAPHORIC_DAY);
            if (partOfDay && lastDay != null) {
                anchored.add(new Match(match.first(), match.end(), match.kind(), match.value(), match.low(), match.high(),
                        match.unit(), lastDay + match.timex().substring(VagueTimeRecognizer.ANAPHORIC_DAY.length()),
                        true, null));
            } else if (!partOfDay) {
                anchored.add(match);
            }
        }
        return anchored;
    }

    /** Joins "May 24, 2005, 3:23 PM" and "3 p.m. Friday" into one TIME on that day. */
    static List<Match> merge(Passage passage, List<Match> matches) {
        List<Match> merged = new ArrayList<>();
        for (int m = 0; m < matches.size(); m++) {
            Match first = TimeMlExtents.withoutPreposition(passage, matches.get(m));
            Match second = m + 1 < matches.size() ? TimeMlExtents.withoutPreposition(passage, matches.get(m + 1)) : null;
            if (second != null && isDay(first) && second.kind() == Kind.TIME && joined(passage, first.end(), second.first())) {
                merged.add(onDay(first.first(), second.end(), second, first));
                m++;
            } else if (second != null && first.kind() == Kind.TIME && isDay(second) && first.end() == second.first()
                    && passage.sameSentence(first.first(), second.first())) {
                merged.add(onDay(first.first(), second.end(), first, second));
                m++;
            } else {
                merged.add(matches.get(m));
            }
        }
        return merged;
    }

    private static boolean isDay(Match match) {
        return match.kind() == Kind.DATE && "day".equals(match.unit());
    }

    private static Match onDay(int first, int end, Match time, Match day) {
        boolean dated = day.timex() != null && day.timex().length() == 10 && time.timex() != null
                && time.timex().length() > 10 && time.timex().charAt(10) == 'T';
        String timex = dated ? day.timex() + time.timex().substring(10) : time.timex();
        return new Match(first, end, Kind.TIME, time.value(), time.low(), time.high(), time.unit(), timex, time.ambiguous(), null);
    }

    private static boolean joined(Passage passage, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!JOINERS.contains(passage.lower(k))) {
                return false;
            }
        }
        return to - from <= 2 && passage.sameSentence(from - 1, to);
    }
}
