package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reading and extraction stay linear on inputs built to trigger backtracking or rescans
 * (src/test/resources/linear-time/inputs.yaml). Each input must finish at 1 MB within a generous
 * budget, and its time must not grow much faster than its size: 8 times the text may take at most
 * 24 times as long (linear work takes about 8 times, quadratic 64). Times are the best of a few
 * runs (each also with TimeML's vague times, each after a garbage collection), so a busy machine
 * slows both sizes alike rather than failing the test.
 */
class LinearTimeTest {
    private static final int SMALL = 10_000;
    private static final int LARGE = 8 * SMALL;
    private static final int MEGABYTE = 1 << 20;
    /** Runs per size; the best counts, each after a collection, so a pause of the collector fails nothing. */
    private static final int RUNS = 4;
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 4);

    record Input(@JsonProperty("name") String name, @JsonProperty("file") String file,
                 @JsonProperty("prefix") String prefix, @JsonProperty("unit") String unit) {
        String text(int chars) {
            StringBuilder text = new StringBuilder(prefix == null ? "" : prefix);
            while (text.length() < chars) {
                text.append(unit);
            }
            return text.toString();
        }
    }

    @TestFactory
    Stream<DynamicTest> adversarialInputsRunInLinearTime() throws IOException {
        List<Input> inputs = new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("src/test/resources/linear-time/inputs.yaml").toFile(), new TypeReference<>() { });
        return inputs.stream().flatMap(input -> Stream.of(
                DynamicTest.dynamicTest(input.name() + ": 1 MB within " + BUDGET.toSeconds() + " s",
                        () -> assertTimeoutPreemptively(BUDGET, () -> extract(input.file(), input.text(MEGABYTE), false))),
                DynamicTest.dynamicTest(input.name() + ": time grows linearly", () -> assertTimeoutPreemptively(BUDGET,
                        () -> assertScalesLinearly(input)))));
    }

    private static void assertScalesLinearly(Input input) {
        String small = input.text(SMALL);
        String large = input.text(LARGE);
        extract(input.file(), small, true);
        long smallNanos = bestOf(input.file(), small);
        long largeNanos = bestOf(input.file(), large);
        long allowed = 24 * smallNanos + Duration.ofMillis(100).toNanos();
        assertTrue(largeNanos <= allowed, () -> String.format("%s: %d chars took %.1f ms, %d chars %.1f ms (allowed %.1f ms)",
                input.name(), SMALL, smallNanos / 1e6, LARGE, largeNanos / 1e6, allowed / 1e6));
    }

    private static long bestOf(String file, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            long start = System.nanoTime();
            extract(file, text, true);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static int extract(String file, String text, boolean alsoVagueTimes) {
        Source source = new SourceReader().parse("s1", file, text);
        return new Extractor().extract(source, PUBLISHED).size()
                + (alsoVagueTimes ? new Extractor(true).extract(source, PUBLISHED).size() : 0);
    }
}
