package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates a time of day by the day the text gives it: a day named in its sentence ("11:15 p.m. EST
 * on Monday"), else the last day named in the two sentences before, else the publication date;
 * never a day that dates a statement ("said on Tuesday") or sits beside a time of another zone. A
 * day named right beside a zoned time is local to that zone, so as a span of UTC it may reach into
 * the day before or after: its interval widens by one day each side.
 */
final class TimeAnchoring {
    private static final int REACH = 4;
    private static final int SENTENCES_BACK = 2;
    static final Set<String> REPORTING = Set.of("said", "says", "told", "announced",
            "reported", "confirmed", "stated", "added");
    private static final double MINUTES_A_DAY = 1440;
    /** Farther than this from a time, a day is not its day (and looking farther would make anchoring quadratic). */
    private static final int MAX_TOKENS_AWAY = 2 * Sentences.MAX_TOKENS;

    private TimeAnchoring() {
    }

    static List<Match> apply(Passage passage, List<Match> matches) {
        List<Match> anchored = new ArrayList<>(matches);
        for (int t = 0; t < anchored.size(); t++) {
            Match time = anchored.get(t);
            if (time.kind() != Kind.TIME || time.ambiguous() || passage.published == null) {
                continue;
            }
            int d = dayNextTo(passage, anchored, t);
            if (d < 0) {
                continue;
            }
            Match day = anchored.get(d);
            double shift = (day.value() - passage.published.toEpochDay()) * MINUTES_A_DAY;
            String timex = time.timex() == null ? null : day.timex().substring(0, 10) + time.timex().substring(10);
            anchored.set(t, new Match(time.first(), time.end(), Kind.TIME, time.value() + shift, time.low() + shift,
                    time.high() + shift, time.unit(), timex, false, time.subject()));
            if ("UTC".equals(time.unit()) && beside(day, time)) {
                anchored.set(d, new Match(day.first(), day.end(), Kind.DATE, day.value(), day.low() - 1, day.high() + 1,
                        day.unit(), day.timex(), false, day.subject()));
            }
        }
        return anchored;
    }

    private static int dayNextTo(Passage passage, List<Match> matches, int t) {
        Match time = matches.get(t);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        int timeSentence = passage.sentenceOf[time.first()];
        List<Match> near = Match.around(matches, t, MAX_TOKENS_AWAY);
        int offset = t - near.indexOf(time);
        for (int i = offset; i < offset + near.size(); i++) {
            Match other = matches.get(i);
            boolean day = other.kind() == Kind.DATE && "day".equals(other.unit()) && !other.ambiguous()
                    && other.timex() != null && other.timex().length() >= 10;
            if (!day || datesAStatement(passage, other)
                    || besideAnotherTime(Match.around(matches, i, REACH), other, time)) {
                continue;
            }
            int sentencesBack = timeSentence - passage.sentenceOf[other.first()];
            int distance = sentencesBack == 0 ? Math.abs(other.first() - time.first())
                    : sentencesBack > 0 && sentencesBack <= SENTENCES_BACK ? 1000 * sentencesBack + (time.first() - other.first())
                    : Integer.MAX_VALUE;
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "officials said on Tuesday": the day of a statement, not of what it reports. */
    private static boolean datesAStatement(Passage passage, Match day) {
        for (int k = day.first() - 1; k >= Math.max(0, day.first() - REACH) && passage.sameSentence(k, day.first()); k--) {
            if (REPORTING.contains(passage.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "11:15 p.m. local time (04:15 GMT on Tuesday)": that Tuesday is the GMT time's own day. */
    private static boolean besideAnotherTime(List<Match> matches, Match day, Match time) {
        return matches.stream().anyMatch(other -> other != time && other.kind() == Kind.TIME
                && !other.unit().equals(time.unit()) && beside(day, other));
    }

    private static boolean beside(Match day, Match time) {
        return day.first() >= time.end() && day.first() - time.end() <= REACH
                || day.end() <= time.first() && time.first() - day.end() <= REACH;
    }
}
