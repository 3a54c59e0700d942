package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.source.SourceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/incidental.yaml: which facts alignment leaves out. */
class IncidentalTest {
    private static final Path CASES = Path.of("src/test/resources/align/incidental.yaml");

    record Case(@JsonProperty("text") String text, @JsonProperty("fact") String fact,
                @JsonProperty("incidental") boolean incidental) {
    }

    @TestFactory
    Stream<DynamicTest> factsThatSayNothingToContradictAreLeftOut() throws IOException {
        List<Case> cases = new ObjectMapper(new YAMLFactory()).readValue(CASES.toFile(), new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.fact() + " in: " + c.text(), () -> {
            List<Fact> facts = new Extractor().extract(new SourceReader().parse("t", "case.txt", c.text()),
                    LocalDate.of(2025, 3, 4));
            Fact fact = facts.stream().filter(f -> f.text().equals(c.fact())).findFirst().orElse(null);
            assertNotNull(fact, "no fact '" + c.fact() + "' among " + facts.stream().map(Fact::text).toList());
            assertEquals(c.incidental(), Incidental.incidental(fact));
        }));
    }
}
