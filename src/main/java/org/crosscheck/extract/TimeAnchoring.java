package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Dates a time of day by the day named next to it ("11:15 p.m. EST on Monday") instead of the
 * publication date. A day named beside a zoned time is local to that zone, so as a span of UTC it
 * may reach into the day before or after: its interval widens by one day each side.
 */
final class TimeAnchoring {
    private static final int REACH = 4;
    private static final double MINUTES_A_DAY = 1440;

    private TimeAnchoring() {
    }

    static List<Match> apply(Passage passage, List<Match> matches) {
        List<Match> anchored = new ArrayList<>(matches);
        for (int t = 0; t < anchored.size(); t++) {
            Match time = anchored.get(t);
            if (time.kind() != Kind.TIME || time.ambiguous() || passage.published == null) {
                continue;
            }
            int d = dayNextTo(passage, anchored, time);
            if (d < 0) {
                continue;
            }
            Match day = anchored.get(d);
            double shift = (day.value() - passage.published.toEpochDay()) * MINUTES_A_DAY;
            String timex = time.timex() == null ? null : day.timex().substring(0, 10) + time.timex().substring(10);
            anchored.set(t, new Match(time.first(), time.end(), Kind.TIME, time.value() + shift, time.low() + shift,
                    time.high() + shift, time.unit(), timex, false, time.subject()));
            if ("UTC".equals(time.unit())) {
                anchored.set(d, new Match(day.first(), day.end(), Kind.DATE, day.value(), day.low() - 1, day.high() + 1,
                        day.unit(), day.timex(), false, day.subject()));
            }
        }
        return anchored;
    }

    private static int dayNextTo(Passage passage, List<Match> matches, Match time) {
        for (int i = 0; i < matches.size(); i++) {
            Match other = matches.get(i);
            boolean day = other.kind() == Kind.DATE && "day".equals(other.unit()) && !other.ambiguous()
                    && other.timex() != null && other.timex().length() >= 10;
            boolean close = other.first() >= time.end() && other.first() - time.end() <= REACH
                    || other.end() <= time.first() && time.first() - other.end() <= REACH;
            if (day && close && passage.sameSentence(other.first(), time.first())) {
                return i;
            }
        }
        return -1;
    }
}
