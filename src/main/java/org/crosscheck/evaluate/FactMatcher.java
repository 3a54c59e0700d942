package org.crosscheck.evaluate;

import java.time.LocalDate;
import java.util.Objects;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Values;

/** Compares an extracted fact with a gold one: by span, and by normalised value. */
public final class FactMatcher {
    private static final double RELATIVE = 1e-3;

    private FactMatcher() {
    }

    public static boolean sameSpan(Fact fact, int goldStart, GoldFact gold) {
        return fact.start() == goldStart && fact.end() == goldStart + gold.span().length();
    }

    public static boolean overlaps(Fact fact, int goldStart, GoldFact gold) {
        return fact.start() < goldStart + gold.span().length() && goldStart < fact.end();
    }

    /**
     * Same kind, unit and value, and bounds where the gold states them; a measure the gold gives as
     * exact is compared by value, its rounding interval being a convention (docs/facts.md).
     */
    public static boolean sameValue(Fact fact, GoldFact gold) {
        if (!fact.kind().id().equals(gold.kind())) {
            return false;
        }
        if (Boolean.TRUE.equals(gold.ambiguous())) {
            return fact.ambiguous();
        }
        if (gold.unit() != null && !gold.unit().equals(fact.unit()) && !fact.kind().temporal()) {
            return false;
        }
        boolean exactMeasure = fact.kind() == Kind.MEASURE
                && Objects.equals(gold.low(), gold.value()) && Objects.equals(gold.high(), gold.value());
        return equal(Values.value(fact), gold.value()) && (exactMeasure
                || (gold.low() == null || equal(Values.bound(fact, fact.low()), gold.low()))
                && (gold.high() == null || equal(Values.bound(fact, fact.high()), gold.high())));
    }

    static boolean equal(Object actual, Object expected) {
        if (expected == null) {
            return true;
        }
        if (actual instanceof Number a && expected instanceof Number e) {
            double x = a.doubleValue();
            double y = e.doubleValue();
            return Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;
        }
        return Objects.equals(String.valueOf(actual), normaliseDate(String.valueOf(expected)));
    }

    private static String normaliseDate(String expected) {
        try {
            return LocalDate.parse(expected).toString();
        } catch (java.time.format.DateTimeParseException notADay) {
            return expected;
        }
    }
}
