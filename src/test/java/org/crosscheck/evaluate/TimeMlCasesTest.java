package org.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every passage in src/test/resources/timeml/cases.yaml yields exactly the TIMEX3s it lists. */
class TimeMlCasesTest {
    private static final Path CASES = Path.of("src/test/resources/timeml/cases.yaml");

    record Case(String text, String published, List<String> timexes) {
    }

    @TestFactory
    Stream<DynamicTest> everyCaseYieldsExactlyItsTimexes() throws IOException {
        List<Case> cases = new ObjectMapper(new YAMLFactory())
                .readValue(CASES.toFile(), new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.text(), () -> assertEquals(c.timexes(), actual(c))));
    }

    private static List<String> actual(Case c) {
        TimeMlDocument document = new TimeMlDocument("case", LocalDate.parse(c.published()), c.text(), List.of());
        return TimeMlEvaluation.systemTimexes(document).stream()
                .map(t -> c.text().substring(t.start(), t.end()) + " | " + t.type() + " | " + t.value())
                .toList();
    }
}
