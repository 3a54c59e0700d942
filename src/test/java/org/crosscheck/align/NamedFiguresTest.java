package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/named-figures.yaml: which bare numbers are a named thing's score. */
class NamedFiguresTest {

    record Case(@JsonProperty("text") String text, @JsonProperty("other") String other,
                @JsonProperty("fact") String fact, @JsonProperty("score") boolean score) {
    }

    @TestFactory
    Stream<DynamicTest> aBareNumberToldOfANameIsItsScore() throws IOException {
        List<Case> cases = AlignCases.read("named-figures.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.fact() + " in: " + c.text(), () -> {
            List<Fact> facts = AlignCases.story(c.text(), c.other());
            Fact fact = AlignCases.find(facts, "a", c.fact());
            assertEquals(Kind.NUMBER, fact.kind(), "not a bare number before resolving");
            Fact resolved = NamedFigures.resolve(facts, NamedThings.of(facts)).get(facts.indexOf(fact));
            assertEquals(c.score(), resolved.kind() == Kind.COUNT && NamedFigures.SCORE.equals(resolved.unit()),
                    "resolved as " + resolved.kind() + " " + resolved.unit());
        }));
    }
}
