package org.crosscheck.extract;

import java.util.Set;

/**
 * Reads a length of time after a number: "90-minute", "four-and-a-half hours", "3 minutes 15
 * seconds", "half an hour"; and a race time, "2:03:27". Values are seconds; timex is TIMEX3.
 */
final class DurationReader {
    /** "21 consecutive years": words that may stand between a number and its unit of time. */
    private static final Set<String> SPAN_ADJECTIVES = Set.of("consecutive", "straight", "successive", "full",
            "long", "more", "additional", "further", "extra");
    private static final Set<String> RATE_WORDS = Set.of("times", "once", "twice", "per", "a", "half");
    /** "takes a year", "lasts a week": verbs that look like plurals but take a length of time. */
    private static final Set<String> VERBS_BEFORE_SPAN = Set.of("takes", "lasts", "spends", "needs", "gets", "has",
            "was", "is", "ends", "runs");
    /** "a third day": an ordinal, not a third of a day (which is "a third of a day"). */
    private static final Set<String> ORDINALS = Set.of("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    private DurationReader() {
    }

    /** "ago", "old", "hence" or "from now" at {@code k}: the span dates something, or is an age. */
    private static boolean relativeAfter(Passage passage, int k) {
        return RelativeDates.direction(passage, k) != 0 || "old".equals(passage.lower(k));
    }

    static Match read(Passage passage, int first, NumberPhrase number, double low, double high) {
        int k = number.end();
        if ("-".equals(passage.lower(k)) && passage.glued(k)) {
            k++;
        } else if (number.value() < 1 && ("an".equals(passage.lower(k)) || "a".equals(passage.lower(k)))) {
            k++;
        } else if ("of".equals(passage.lower(k)) && "couple".equals(passage.lower(k - 1))) {
            k++;
        }
        boolean whole = number.value() >= 1 && number.value() == Math.rint(number.value());
        if (whole && SPAN_ADJECTIVES.contains(passage.lower(k)) && Units.timeUnit(passage, k + 1) != null) {
            k++;
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, k);
        boolean ordinal = k == number.end() && ORDINALS.contains(passage.lower(k - 1));
        if (unit == null || ordinal || relativeAfter(passage, k + 1) || "-".equals(passage.lower(k + 1))
                && "old".equals(passage.lower(k + 2))) {
            return null;
        }
        double perUnit = unit.unit().seconds();
        int end = k + 1;
        double value = number.value() * perUnit;
        double extra = 0;
        int more = "and".equals(passage.lower(end)) ? end + 1 : end;
        boolean counted = passage.isNumber(more) || NumberParser.isNumberWord(passage.lower(more));
        NumberPhrase next = counted ? NumberParser.parse(passage, more, false) : null;
        Units.Found<Units.TimeUnit> smaller = next == null ? null : Units.timeUnit(passage, next.end());
        if (smaller != null && smaller.unit().seconds() < perUnit) {
            extra = next.value() * smaller.unit().seconds();
            end = next.end() + 1;
            if (relativeAfter(passage, end)) {
                return null;
            }
        }
        String timex = number.vague() ? Timex.vague(unit.unit().designator())
                : extra > 0 || number.value() != Math.floor(number.value())
                ? Timex.duration(value + extra, unit.unit()) : Timex.duration(number.value(), unit.unit().designator());
        return new Match(first, end, Kind.DURATION, value + extra, low * perUnit + extra, high * perUnit + extra, "s",
                timex, false, null);
    }

    /**
     * "a decade", "an hour", "a year" (and "a year and a half"): one unit of time, unless it is a rate ("twice a day", "$2b a
     * day", "cases a day") or an ordinal ("a second fire").
     */
    static Match single(Passage passage, int i) {
        String article = passage.lower(i);
        if (!"a".equals(article) && !"an".equals(article)) {
            return null;
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, i + 1);
        String before = passage.lower(i - 1);
        boolean afterQuantity = passage.isNumber(i - 1) || passage.glued(i - 1) && passage.isNumber(i - 2)
                && !passage.token(i - 1).is(Token.Type.PUNCT)
                || passage.isWord(i - 1) && Words.plural(passage.lower(i - 1)) && !VERBS_BEFORE_SPAN.contains(passage.lower(i - 1));
        boolean rate = afterQuantity || RATE_WORDS.contains(before);
        boolean ordinal = "second".equals(passage.lower(i + 1));
        if (unit == null || rate || ordinal || relativeAfter(passage, i + 2) || passage.lower(i + 1).endsWith("s")) {
            return null;
        }
        boolean andHalf = "and a half".equals(passage.phrase(i + 2, i + 5));
        double seconds = unit.unit().seconds() * (andHalf ? 1.5 : 1);
        String timex = andHalf ? Timex.duration(seconds, unit.unit()) : Timex.duration(1, unit.unit().designator());
        return new Match(i, andHalf ? i + 5 : i + 2, Kind.DURATION, seconds, seconds, seconds, "s", timex, false, null);
    }

    /** "2:03:27", a race or elapsed time of hours, minutes and seconds. */
    static Match clock(Passage passage, int i) {
        if (!passage.isNumber(i) || !":".equals(passage.lower(i + 1)) || !passage.isNumber(i + 2)
                || !":".equals(passage.lower(i + 3)) || !passage.isNumber(i + 4)
                || !passage.glued(i + 1) || !passage.glued(i + 2) || !passage.glued(i + 3) || !passage.glued(i + 4)) {
            return null;
        }
        String secondsText = passage.token(i + 4).text();
        if (!plainDigits(passage.token(i).text(), 4) || !plainDigits(passage.token(i + 2).text(), 2)
                || !plainDigits(secondsText.replaceFirst("\\.(?=\\d)", ""), 6)) {
            return null;
        }
        int hours = Integer.parseInt(passage.token(i).text());
        int minutes = Integer.parseInt(passage.token(i + 2).text());
        double seconds = Double.parseDouble(secondsText);
        if (minutes >= 60 || seconds >= 60) {
            return null;
        }
        double total = hours * 3600.0 + minutes * 60.0 + seconds;
        return new Match(i, i + 5, Kind.DURATION, total, total, total, "s",
                "PT" + hours + "H" + minutes + "M" + secondsText.replaceFirst("^0(?=\\d)", "") + "S", false, null);
    }

    /** Digits only ("1,000" and "2.5" are not), at most {@code max} of them. */
    private static boolean plainDigits(String text, int max) {
        return !text.isEmpty() && text.length() <= max && text.chars().allMatch(Character::isDigit);
    }
}
