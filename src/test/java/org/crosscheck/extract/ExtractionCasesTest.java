package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.evaluate.FactMatcher;
import org.crosscheck.evaluate.GoldDocument;
import org.crosscheck.evaluate.GoldFact;
import org.crosscheck.finding.Values;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every passage in src/test/resources/extract/*.yaml yields exactly the facts it lists. */
class ExtractionCasesTest {
    private static final Path CASES = Path.of("src/test/resources/extract");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> everyCaseYieldsExactlyItsFacts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : GoldDocument.files(CASES)) {
            List<GoldDocument> cases = YAML.readValue(file.toFile(), new TypeReference<>() { });
            for (GoldDocument passage : cases) {
                String name = file.getFileName() + ": " + abbreviate(passage.text());
                tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected(passage), actual(passage))));
            }
        }
        return tests.stream();
    }

    static List<String> actual(GoldDocument passage) {
        Source source = new SourceReader().parse("t", "case.txt", passage.text());
        List<Fact> facts = new Extractor().extract(source, passage.publishedDate());
        List<String> described = new ArrayList<>();
        for (Fact fact : facts) {
            GoldFact gold = passage.facts().stream()
                    .filter(g -> FactMatcher.sameSpan(fact, g.start(passage.text()), g)).findFirst().orElse(null);
            boolean valueMatches = gold != null && FactMatcher.sameValue(fact, gold)
                    && (gold.timex() == null || gold.timex().equals(fact.timex()));
            described.add(valueMatches ? describe(gold) : "unexpected " + fact.kind().id() + " '" + fact.text() + "' = "
                    + Values.interval(fact) + " " + fact.unit() + " timex " + fact.timex());
        }
        return described;
    }

    static List<String> expected(GoldDocument passage) {
        return passage.facts().stream().map(ExtractionCasesTest::describe).toList();
    }

    private static String describe(GoldFact gold) {
        return gold.kind() + " '" + gold.span() + "' = " + gold.value();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
