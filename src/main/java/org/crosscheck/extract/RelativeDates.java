package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/** Dates relative to publication: "yesterday", "this morning", "last week", "earlier this year", "three years ago". */
final class RelativeDates {
    private static final Map<String, String> RELATIVE_DAYS = Lexicon.map("relative-days.tsv");

    private RelativeDates() {
    }

    /** "yesterday", "this morning", "last week", "earlier this year", "three years ago". */
    static Match match(Passage passage, int i) {
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
        if (DateRecognizer.ANCHORS.contains(anchor)) {
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
                    ? Calendar.span(first, end, published, published, "day", Timex.day(published) + "T" + DateRecognizer.DAY_PARTS.get(unit))
                    : null;
            default -> null;
        };
    }

    /**
     * "three years ago" (the year 2022), "a week ago", "two years and three months ago", "ten years from now" (2035);
     * with an approximator, the days the wording allows: "nearly three years ago" runs from three years to 0.9 of
     * three years back.
     */
    private static Match ago(Passage passage, int i) {
        Approximation.Found approximation = Approximation.at(passage, i);
        int k = i + approximation.length();
        NumberPhrase number = "a".equals(passage.lower(k)) || "an".equals(passage.lower(k))
                ? new NumberPhrase(k, k + 1, 1, 1, 1, true, false)
                : NumberParser.parse(passage, k, false);
        int unitAt = "of".equals(passage.lower(number == null ? -1 : number.end())) ? number.end() + 1
                : number == null ? -1 : number.end();
        NumberPhrase rest = number != null && "and".equals(passage.lower(unitAt + 1))
                ? NumberParser.parse(passage, unitAt + 2, false) : null;
        boolean compound = rest != null && Units.isTimeUnit(passage.lower(rest.end()));
        int tail = compound ? rest.end() + 1 : unitAt + 1;
        int direction = number == null || !Units.isTimeUnit(passage.lower(unitAt)) ? 0 : direction(passage, tail);
        if (direction == 0) {
            return null;
        }
        number = new NumberPhrase(number.first(), unitAt, number.value(), number.low(), number.high(), number.spelled(),
                number.vague());
        double[] bounds = approximation.bound(number.low(), number.high());
        String unit = Words.singular(passage.lower(number.end()));
        String finest = compound ? Words.singular(passage.lower(rest.end())) : unit;
        int end = tail + (direction < 0 || "hence".equals(passage.lower(tail)) ? 1 : 2);
        LocalDate published = compound ? minus(passage.published, finest, -direction * rest.value()) : passage.published;
        LocalDate target = minus(published, unit, -direction * number.value());
        LocalDate earliest = minus(published, unit, direction < 0 ? bounds[1] : -bounds[0]);
        LocalDate latest = minus(published, unit, direction < 0 ? bounds[0] : -bounds[1]);
        if (target == null || earliest == null || latest == null) {
            return null;
        }
        Match shape = switch (finest) {
            case "year", "decade", "century" -> Calendar.year(i, end, target.getYear());
            case "month" -> Calendar.month(i, end, YearMonth.from(target));
            case "week" -> Calendar.week(i, end, target);
            default -> Calendar.day(i, end, target);
        };
        boolean approximate = approximation.length() > 0;
        double low = approximate ? earliest.toEpochDay() : shape.low();
        double high = approximate ? latest.toEpochDay() : shape.high();
        return new Match(i, end, Kind.DATE, shape.value(), low, high, shape.unit(), shape.timex(), false, null);
    }

    /** -1 for "ago", 1 for "from now" and "hence", 0 for anything else. */
    static int direction(Passage passage, int k) {
        String word = passage.lower(k);
        if ("ago".equals(word)) {
            return -1;
        }
        return "hence".equals(word) || "from".equals(word) && "now".equals(passage.lower(k + 1)) ? 1 : 0;
    }

    private static LocalDate minus(LocalDate date, String unit, double amount) {
        if (date == null || Double.isInfinite(amount) || Math.abs(amount) > 10000) {
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
}
