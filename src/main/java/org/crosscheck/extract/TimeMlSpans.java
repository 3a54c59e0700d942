package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TimeML's reading of a day followed by its time ("May 24, 2005, 3:23 PM ET"): one TIME
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

    static List<Match> merge(Passage passage, List<Match> matches) {
        List<Match> merged = new ArrayList<>();
        for (int m = 0; m < matches.size(); m++) {
            Match day = matches.get(m);
            Match time = m + 1 < matches.size() ? matches.get(m + 1) : null;
            if (time != null && day.kind() == Kind.DATE && "day".equals(day.unit()) && time.kind() == Kind.TIME
                    && joined(passage, day.end(), time.first())) {
                merged.add(new Match(day.first(), time.end(), Kind.TIME, time.value(), time.low(), time.high(), time.unit(),
                        time.timex(), time.ambiguous(), null));
                m++;
            } else {
                merged.add(day);
            }
        }
        return merged;
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
