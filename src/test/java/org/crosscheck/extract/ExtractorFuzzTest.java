package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Any text, with or without a publication date and with or without TimeML's vague times: the
 * extractor never throws, and every fact's span lies in the body, is not empty, and its text, line
 * and column are those of the span. {@code mvn verify} replays the inputs in
 * src/test/resources/org/crosscheck/extract/ExtractorFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void factsSpanTheTextTheyQuote(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeInt(0, 40_000)) : null;
        boolean vagueTimes = data.consumeBoolean();
        Source source = new SourceReader().parse("s1", "a.txt", data.consumeRemainingAsString());
        for (Fact fact : new Extractor(vagueTimes).extract(source, published)) {
            assertTrue(source.bodyStart() <= fact.start() && fact.start() < fact.end() && fact.end() <= source.bodyEnd(),
                    () -> fact.start() + ".." + fact.end() + " outside the body " + source.bodyStart() + ".." + source.bodyEnd());
            assertEquals(source.text().substring(fact.start(), fact.end()), fact.text());
            assertEquals(source.lines().line(fact.start()), fact.line());
            assertEquals(source.lines().column(fact.start()), fact.column());
            assertFalse(fact.low() > fact.high(), () -> fact.text() + ": " + fact.low() + " > " + fact.high());
        }
    }
}
