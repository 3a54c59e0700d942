package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/**
 * Reads times of day: "5:20 a.m.", "17:05", "9pm", "9.40pm", "noon", wire-style "1052 GMT", with
 * an optional zone ("EDT", "UTC", "local time"). A time with a known zone is normalised to UTC; the TIMEX3 value stays local.
 */
final class TimeRecognizer {
    private static final Map<String, Integer> ZONES = new HashMap<>();

    static {
        Lexicon.rows("time-zones.tsv").forEach(row -> ZONES.put(row[0], Integer.parseInt(row[1])));
    }

    private TimeRecognizer() {
    }

    static Match match(Passage passage, int i) {
        Approximation.Found approximation = Approximation.at(passage, i);
        int k = i + approximation.length();
        int hour;
        int minute = 0;
        int end;
        boolean hourOnly = false;
        if ("noon".equals(passage.lower(k)) || "midnight".equals(passage.lower(k))) {
            hour = "noon".equals(passage.lower(k)) ? 12 : 0;
            end = k + 1;
        } else if (passage.isNumber(k) && Digits.clock(passage.token(k).text())
                && ZONES.containsKey(passage.lower(k + 1)) && passage.isWord(k + 1)) {
            String digits = passage.token(k).text();
            hour = Integer.parseInt(digits.substring(0, 2));
            minute = Integer.parseInt(digits.substring(2));
            end = k + 1;
        } else if (passage.isNumber(k) && Digits.dottedClock(passage.token(k).text())
                && passage.glued(k + 1) && "pm am".contains(passage.lower(k + 1).replace(".", "")) && passage.isWord(k + 1)) {
            String[] parts = passage.token(k).text().split("\\.");
            hour = Integer.parseInt(parts[0]) % 12 + (passage.lower(k + 1).startsWith("p") ? 12 : 0);
            minute = Integer.parseInt(parts[1]);
            end = k + 2;
        } else if (passage.isNumber(k) && Digits.only(passage.token(k).text(), 1, 2)) {
            hour = Integer.parseInt(passage.token(k).text());
            end = k + 1;
            boolean clock = ":".equals(passage.lower(end)) && passage.glued(end) && passage.isNumber(end + 1)
                    && passage.glued(end + 1) && Digits.only(passage.token(end + 1).text(), 2, 2);
            if (clock) {
                minute = Integer.parseInt(passage.token(end + 1).text());
                end += 2;
                if ("-".equals(passage.lower(end)) && passage.glued(end)) {
                    return null;
                }
            }
            hourOnly = !clock;
            String meridiem = shortMeridiem(passage, end, clock) ? passage.lower(end) + "m" : passage.lower(end).replace(".", "");
            boolean hasMeridiem = ("am".equals(meridiem) || "pm".equals(meridiem)) && passage.isWord(end);
            if (hasMeridiem) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
                end++;
            } else if (!clock || ":".equals(passage.lower(end))) {
                return null;
            }
            if (hour > 23 || minute > 59) {
                return null;
            }
        } else {
            return null;
        }
        return build(passage, i, end, hour, minute, approximation, hourOnly);
    }

    /** "6:11p", "9:30a": a clock time with its meridiem cut to one letter, glued to it. */
    private static boolean shortMeridiem(Passage passage, int k, boolean clock) {
        return clock && passage.glued(k) && ("a".equals(passage.lower(k)) || "p".equals(passage.lower(k)));
    }

    /** A time with its zone and bounds; a time stated to the hour ("6 p.m.") covers that hour. */
    private static Match build(Passage passage, int first, int end, int hour, int minute, Approximation.Found approximation,
                               boolean hourOnly) {
        Integer offset = ZONES.get(passage.lower(end));
        int zoneEnd = end;
        if (offset != null && passage.isWord(end)) {
            zoneEnd = end + 1;
        } else if ("local time".equals(passage.phrase(end, end + 2))) {
            zoneEnd = end + 2;
            offset = null;
        } else {
            offset = null;
        }
        LocalDate date = passage.published;
        if (date == null) {
            return new Match(first, zoneEnd, Kind.TIME, 0, 0, 0, "local", String.format("T%02d:%02d", hour, minute), true, null);
        }
        LocalDateTime local = date.atTime(hour, minute);
        String timex = local.toString();
        LocalDateTime utc = offset == null ? local : local.minusMinutes(offset);
        double minutes = utc.toEpochSecond(ZoneOffset.UTC) / 60.0;
        double last = hourOnly ? minutes + 59 : minutes;
        double[] bounds = switch (approximation.type()) {
            case "around" -> new double[] {minutes - 15, last + 15};
            case "just-above" -> new double[] {minutes, last + 30};
            case "just-below" -> new double[] {minutes - 30, last};
            case "above" -> new double[] {minutes, Double.POSITIVE_INFINITY};
            case "below" -> new double[] {Double.NEGATIVE_INFINITY, last};
            default -> new double[] {minutes, last};
        };
        return new Match(first, zoneEnd, Kind.TIME, minutes, bounds[0], bounds[1], offset == null ? "local" : "UTC",
                timex, false, null);
    }
}
