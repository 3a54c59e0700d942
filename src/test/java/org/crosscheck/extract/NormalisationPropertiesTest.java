package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.crosscheck.source.SourceReader;

/**
 * One value written in digits, in words, at another scale or in another unit normalises to the same
 * value, and each wording's interval (which says how precisely it was written: "2.5 thousand" allows
 * 2,450 to 2,550) holds the other's value.
 */
class NormalisationPropertiesTest {
    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final double ACRE_IN_HECTARES = 0.40468564224;

    @Property(tries = 300)
    void digitsAndWordsGiveTheSameCount(@ForAll @IntRange(min = 1, max = 999_999) int n) {
        assertSame(only("Officials said " + String.format("%,d", n) + " people were evacuated."),
                only("Officials said " + words(n) + " people were evacuated."));
    }

    @Property(tries = 200)
    void aScaleWordGivesTheValueItsDigitsGive(@ForAll @IntRange(min = 11, max = 999) int tenths) {
        String scaled = tenths / 10 + "." + tenths % 10;
        assertSame(only("The fire burned " + String.format("%,d", tenths * 100) + " acres."),
                only("The fire burned " + scaled + " thousand acres."));
        assertSame(only("Revenue was $" + scaled + "bn."), only("Revenue was " + String.format("%,d", tenths * 100) + " million dollars."));
    }

    @Property(tries = 200)
    void minutesAndHoursGiveTheSameDuration(@ForAll @IntRange(min = 1, max = 2000) int tenthsOfAnHour) {
        String hours = tenthsOfAnHour / 10 + (tenthsOfAnHour % 10 == 0 ? "" : "." + tenthsOfAnHour % 10);
        assertSame(only("The talks lasted " + String.format("%,d", tenthsOfAnHour * 6) + " minutes."),
                only("The talks lasted " + hours + " hours."));
    }

    @Property(tries = 200)
    void acresAndTheirHectaresOverlap(@ForAll @IntRange(min = 1, max = 99_999) int acres) {
        String hectares = String.format("%,.2f", acres * ACRE_IN_HECTARES);
        Fact inAcres = only("The fire burned " + String.format("%,d", acres) + " acres.");
        Fact inHectares = only("The fire burned " + hectares + " hectares.");
        assertEquals(inAcres.unit(), inHectares.unit());
        assertTrue(inAcres.overlaps(inHectares), () -> inAcres.text() + " " + inAcres.low() + ".." + inAcres.high()
                + " vs " + inHectares.text() + " " + inHectares.low() + ".." + inHectares.high());
    }

    private static void assertSame(Fact a, Fact b) {
        assertEquals(a.kind(), b.kind());
        assertEquals(a.unit(), b.unit());
        assertEquals(a.value(), b.value(), Math.abs(a.value()) * 1e-9, () -> a.text() + " vs " + b.text());
        assertTrue(holds(a, b.value()) && holds(b, a.value()),
                () -> a.text() + " " + a.low() + ".." + a.high() + " vs " + b.text() + " " + b.low() + ".." + b.high());
    }

    /** Whether the fact's interval holds the value, give or take floating-point rounding. */
    private static boolean holds(Fact fact, double value) {
        double rounding = Math.abs(value) * 1e-12;
        return fact.low() - rounding <= value && value <= fact.high() + rounding;
    }

    private static Fact only(String sentence) {
        List<Fact> facts = new Extractor().extract(new SourceReader().parse("s1", "a.txt", sentence), LocalDate.of(2025, 3, 4));
        assertEquals(1, facts.size(), () -> sentence + " gives " + facts.stream().map(Fact::text).toList());
        return facts.get(0);
    }

    /** English words for 1 to 999,999: "nine hundred ninety-nine thousand nine hundred ninety-nine". */
    static String words(int n) {
        return n >= 1000 ? (below1000(n / 1000) + " thousand " + below1000(n % 1000)).strip() : below1000(n);
    }

    private static String below1000(int n) {
        String hundreds = n >= 100 ? ONES[n / 100] + " hundred " : "";
        int rest = n % 100;
        String tail = rest < 20 ? ONES[rest] : TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + ONES[rest % 10]);
        return (hundreds + tail).strip();
    }
}
