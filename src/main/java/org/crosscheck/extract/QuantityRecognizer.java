package org.crosscheck.extract;

import java.util.Set;

/**
 * Reads a quantity at a token: an optional approximator and currency, a number or range, and what
 * follows it: a percent sign, a currency word, a unit of time or measure, an age, a counted noun.
 */
final class QuantityRecognizer {
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "and", "or");

    private QuantityRecognizer() {
    }

    static Match match(Passage passage, int i) {
        Approximation.Found approximation = Approximation.at(passage, i);
        int k = i + approximation.length();
        boolean between = approximation.length() == 0 && "between".equals(passage.lower(i)) && passage.isNumber(i + 1);
        if (between) {
            k++;
        }
        // "over seven years" spans a period rather than exceeding it: the span keeps "over", the value stays exact.
        Units.Found<String> currency = Units.currencyBefore(passage, k);
        if (currency != null) {
            k += currency.length();
        }
        boolean magnitudeFirst = "magnitude".equals(passage.lower(k)) && currency == null;
        if (magnitudeFirst) {
            k += "-".equals(passage.lower(k + 1)) ? 2 : 1;
        }
        boolean negative = ("minus".equals(passage.lower(k)) || "-".equals(passage.lower(k)) && passage.glued(k + 1)
                && (k == 0 || passage.token(k).spaceBefore())) && passage.isNumber(k + 1);
        if (negative) {
            k++;
        }
        NumberPhrase number = NumberParser.parse(passage, k, currency != null);
        if (number != null && negative) {
            number = new NumberPhrase(number.first(), number.end(), -number.value(), -number.high(), -number.low(),
                    number.spelled(), number.vague());
        }
        if (number == null && approximation.length() > 0) {
            number = NumberParser.article(passage, k);
        }
        if (number == null) {
            return null;
        }
        if (isOrdinalOrListMarker(passage, number)) {
            return Match.notAFact(i, number.end());
        }
        number = withRange(passage, number, currency != null, approximation);
        if (between && number.end() == k + 1 && !"%".equals(passage.lower(number.end()))) {
            return null;
        }
        if ("over".equals(passage.lower(i)) && approximation.length() == 1 && Units.isTimeUnit(passage.lower(number.end()))) {
            approximation = Approximation.Found.NONE;
        }
        double[] bounds = approximation.bound(number.low(), number.high());
        Reading reading = new Reading(passage, i, number, bounds[0], bounds[1]);
        if (magnitudeFirst) {
            return reading.as(Kind.MEASURE, number.end(), "magnitude", 1);
        }
        if (currency != null) {
            return reading.as(Kind.MONEY, moneyEnd(passage, number.end()), currency.unit(), 1);
        }
        return reading.classify();
    }

    /** "3rd", "21st", and "1." or "2)" opening a line. */
    private static boolean isOrdinalOrListMarker(Passage passage, NumberPhrase number) {
        int next = number.end();
        if (passage.glued(next) && ORDINAL_SUFFIXES.contains(passage.lower(next))) {
            return true;
        }
        Token first = passage.token(number.first());
        boolean lineStart = number.first() == 0 || first.newlineBefore();
        return lineStart && !number.spelled() && passage.glued(next) && ".)".contains(passage.lower(next))
                && passage.token(next + 1) != null && passage.token(next + 1).spaceBefore();
    }

    /** "10 to 15", "10-15", "between 10 and 15", "61% to 63%": the range's midpoint, bounded by its ends. */
    private static NumberPhrase withRange(Passage passage, NumberPhrase first, boolean money,
                                          Approximation.Found approximation) {
        int next = first.end();
        boolean percentEach = "%".equals(passage.lower(next));
        if (percentEach) {
            next++;
        }
        String connector = passage.lower(next);
        boolean between = "between".equals(passage.lower(first.first() - 1));
        if (!RANGE_WORDS.contains(connector) || ("and".equals(connector) != between) || first.vague()) {
            return first;
        }
        int secondStart = next + 1;
        if (money && Units.currencyBefore(passage, secondStart) != null) {
            secondStart += Units.currencyBefore(passage, secondStart).length();
        }
        NumberPhrase second = NumberParser.parse(passage, secondStart, money);
        if (second == null || second.value() <= first.value() || second.spelled() != first.spelled()
                || percentEach && !"%".equals(passage.lower(second.end()))) {
            return first;
        }
        double scale = NumberParser.endsWithScale(passage, second) && !NumberParser.endsWithScale(passage, first)
                ? Math.pow(10, Math.floor(Math.log10(second.value() / first.value()))) : 1;
        double low = first.low() * scale;
        return new NumberPhrase(first.first(), second.end(), (first.value() * scale + second.value()) / 2, low,
                second.high(), first.spelled(), false);
    }

    private static int moneyEnd(Passage passage, int end) {
        Units.Found<String> code = Units.currencyAfter(passage, end);
        return code != null ? end + code.length() : end;
    }

    private static final double PENNY = 0.01;

    /** A number and its bounds, waiting to learn what it measures from the words after it. */
    private record Reading(Passage passage, int first, NumberPhrase number, double low, double high) {

        Match as(Kind kind, int end, String unit, double factor) {
            return Match.quantity(first, end, kind, number.value() * factor, low * factor, high * factor, unit);
        }

        Match classify() {
            int next = number.end();
            Match match = percent(next);
            if (match == null) {
                match = money(next);
            }
            if (match == null) {
                match = AgeRecognizer.yearsOld(passage, first, number, low, high);
            }
            if (match == null) {
                match = DurationReader.read(passage, first, number, low, high);
            }
            if (match == null) {
                match = measure(next);
            }
            if (match == null) {
                match = CountReader.read(passage, first, number, low, high);
            }
            if (match == null && !number.spelled() && !number.vague()) {
                match = Match.quantity(first, next, Kind.NUMBER, number.value(), low, high, null);
            }
            return match;
        }

        private Match percent(int next) {
            if ("-".equals(passage.lower(next)) && passage.glued(next)
                    || "a".equals(passage.lower(next)) && number.value() < 1) {
                next++;
            }
            String word = passage.lower(next);
            // Only a word starting with p or b can begin "per cent", "percentage point" or "basis point".
            boolean mayBePhrase = word.startsWith("p") || word.startsWith("b");
            String two = mayBePhrase ? passage.phrase(next, next + 3).replace("-", " ").replace("  ", " ") : "";
            if ("%".equals(word) || "percent".equals(word) || "pct".equals(word)) {
                return as(Kind.PERCENT, next + 1, "%", 1);
            }
            if (two.startsWith("per cent")) {
                return as(Kind.PERCENT, next + 2, "%", 1);
            }
            int pointEnd = "-".equals(passage.lower(next + 1)) ? next + 3 : next + 2;
            if (two.startsWith("percentage point")) {
                return as(Kind.PERCENT, pointEnd, "pp", 1);
            }
            if (two.startsWith("basis point")) {
                return as(Kind.PERCENT, pointEnd, "bp", 1);
            }
            if ("bps".equals(word) || "bp".equals(word)) {
                return as(Kind.PERCENT, next + 1, "bp", 1);
            }
            boolean fractionOf = number.spelled() && number.value() < 1 && "of".equals(word);
            return fractionOf ? as(Kind.PERCENT, next, "%", 100) : null;
        }

        private Match money(int next) {
            Units.Found<String> currency = Units.currencyAfter(passage, next);
            if (currency == null) {
                return pence(next);
            }
            return as(Kind.MONEY, next + currency.length(), currency.unit(), 1);
        }

        /** Pence, in pounds: "25.7p" (the "p" written against the number) or "415 pence". */
        private Match pence(int next) {
            String word = passage.lower(next);
            boolean pence = "p".equals(word) && passage.glued(next) || "pence".equals(word);
            return pence ? as(Kind.MONEY, next + 1, "GBP", PENNY) : null;
        }

        /** A measurement written as a whole number is rounded to it: "18C" covers 17.5 to 18.5 degrees. */
        private Match measure(int next) {
            int k = "-".equals(passage.lower(next)) && passage.glued(next) ? next + 1 : next;
            Units.Found<Units.Unit> unit = Units.measure(passage, k);
            if (unit == null) {
                return null;
            }
            Units.Unit u = unit.unit();
            boolean wholeAndExact = low == high && number.value() == Math.rint(number.value()) && !number.spelled();
            double rounding = wholeAndExact ? 0.5 : 0;
            return Match.quantity(first, k + unit.length(), Kind.MEASURE, u.convert(number.value()),
                    u.convert(low - rounding), u.convert(high + rounding), u.canonical());
        }
    }
}
