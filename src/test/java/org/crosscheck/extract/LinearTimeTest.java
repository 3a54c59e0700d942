package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
 * (src/test/resources/linear-time/inputs.yaml). Each input is read and extracted at 1 MB, with and
 * without TimeML's vague times, under a hang guard of a minute: linear work takes well under a
 * second, while work quadratic in characters or facts (10^11 steps and more at this size) would take
 * hours, so the guard tells the two apart on any machine, however loaded. Speed itself is measured
 * by the benchmarks, not here.
 */
class LinearTimeTest {
    private static final int MEGABYTE = 1 << 20;
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
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
    Stream<DynamicTest> adversarialInputsFinishWithoutSuperLinearWork() throws IOException {
        List<Input> inputs = new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("src/test/resources/linear-time/inputs.yaml").toFile(), new TypeReference<>() { });
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.name() + ": 1 MB read and extracted",
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> extract(input.file(), input.text(MEGABYTE)))));
    }

    private static int extract(String file, String text) {
        Source source = new SourceReader().parse("s1", file, text);
        return new Extractor().extract(source, PUBLISHED).size() + new Extractor(true).extract(source, PUBLISHED).size();
    }
}
