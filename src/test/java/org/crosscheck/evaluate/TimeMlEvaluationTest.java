package org.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.evaluate.TimeMlDocument.Timex;
import org.crosscheck.evaluate.TimeMlEvaluation.Counts;
import org.crosscheck.evaluate.TimeMlEvaluation.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TimeMlEvaluationTest {
    private static final double EXACT = 1e-12;
    private static final Path PLATINUM = Path.of("../shared/benchmarks/te3-platinum");

    private static final List<Timex> GOLD = List.of(
            new Timex(0, 5, "DATE", "2013-03-22"),        // strict match, same value
            new Timex(10, 20, "DATE", "2013-W11"),        // relaxed-only match, same value
            new Timex(30, 37, "DURATION", "PT90M"),       // strict match, equivalent value
            new Timex(40, 45, "DATE", "2013-03-21"),      // relaxed-only match, wrong value
            new Timex(50, 60, "SET", "XXXX-WI"));         // missed
    private static final List<Timex> SYSTEM = List.of(
            new Timex(0, 5, "DATE", "2013-03-22"),
            new Timex(14, 20, "DATE", "2013-W11"),
            new Timex(30, 37, "DURATION", "PT1H30M"),
            new Timex(40, 48, "DATE", "2013-03-22"),
            new Timex(70, 75, "TIME", "2013-03-22T10:00"), // false positive
            new Timex(80, 85, "DURATION", "P1D"));        // false positive

    @Test
    void countsStrictRelaxedAndValueMatchesPerType() {
        Map<String, Counts> counts = TimexScorer.score(GOLD, SYSTEM);

        assertEquals(List.of("DATE", "TIME", "DURATION", "SET"), List.copyOf(counts.keySet()));
        assertEquals(new Counts(3, 3, 1, 3, 2), counts.get("DATE"));
        assertEquals(new Counts(0, 1, 0, 0, 0), counts.get("TIME"));
        assertEquals(new Counts(1, 2, 1, 1, 1), counts.get("DURATION"));
        assertEquals(new Counts(1, 0, 0, 0, 0), counts.get("SET"));
    }

    @Test
    void computesTheTempEvalMeasures() {
        Counts total = TimexScorer.score(GOLD, SYSTEM).values().stream().reduce(Counts.ZERO, Counts::plus);

        assertEquals(new Counts(5, 6, 2, 4, 3), total);
        assertEquals(1.0 / 3, total.strictSpans().precision(), EXACT);
        assertEquals(0.4, total.strictSpans().recall(), EXACT);
        assertEquals(4.0 / 11, total.strictSpans().f1(), EXACT);
        assertEquals(2.0 / 3, total.relaxedSpans().precision(), EXACT);
        assertEquals(0.8, total.relaxedSpans().recall(), EXACT);
        assertEquals(8.0 / 11, total.relaxedSpans().f1(), EXACT);
        assertEquals(0.75, total.valueAccuracy(), EXACT);
        assertEquals(6.0 / 11, total.valueF1(), EXACT);
    }

    @Test
    void matchesEachAnnotationAtMostOnce() {
        List<Timex> gold = List.of(new Timex(0, 4, "DATE", "2013"), new Timex(5, 9, "DATE", "2014"));
        List<Timex> system = List.of(new Timex(0, 9, "DATE", "2013"));

        Counts total = TimexScorer.score(gold, system).values().stream().reduce(Counts.ZERO, Counts::plus);

        assertEquals(new Counts(2, 1, 0, 1, 1), total);
    }

    @Test
    void prefersTheExactSpanOverAnEarlierOverlap() {
        List<Timex> gold = List.of(new Timex(0, 10, "DATE", "2013-03"), new Timex(12, 20, "DATE", "2013-03-22"));
        List<Timex> system = List.of(new Timex(5, 15, "DATE", "2013-03"), new Timex(0, 10, "DATE", "2013-03"));

        Counts total = TimexScorer.score(gold, system).values().stream().reduce(Counts.ZERO, Counts::plus);

        assertEquals(new Counts(2, 2, 1, 2, 1), total);
    }

    @Test
    void undefinedMeasuresAreZero() {
        assertEquals(0, Counts.ZERO.strictSpans().f1());
        assertEquals(0, Counts.ZERO.relaxedSpans().precision());
        assertEquals(0, Counts.ZERO.valueF1());
    }

    @Test
    void treatsEquivalentDurationSpellingsAsEqual() {
        assertTrue(TimexValues.equivalent("PT90M", "PT1H30M"));
        assertTrue(TimexValues.equivalent("P10Y", "P1DE"));
        assertTrue(TimexValues.equivalent("P1W", "P7D"));
        assertTrue(TimexValues.equivalent("P18M", "P1.5Y"));
        assertTrue(TimexValues.equivalent("PXY", "PXY"));
        assertFalse(TimexValues.equivalent("PXY", "P1Y"));
        assertFalse(TimexValues.equivalent("P1M", "PT1M"));
        assertFalse(TimexValues.equivalent("P1D", "PT24H"));
        assertFalse(TimexValues.equivalent("2013-03", "2013-03-01"));
        assertFalse(TimexValues.equivalent("2013-03-22", null));
    }

    @Test
    void evaluatesTheWholePlatinumSet() {
        Assumptions.assumeTrue(Files.isDirectory(PLATINUM), "no TempEval-3 platinum folder");

        Result result = TimeMlEvaluation.evaluate(PLATINUM);

        assertEquals(20, result.documents().size());
        assertEquals(138, result.overall().gold());
        StringWriter table = new StringWriter();
        TimeMlEvaluation.write(result, new PrintWriter(table), false);
        System.out.print(table);
    }
}
