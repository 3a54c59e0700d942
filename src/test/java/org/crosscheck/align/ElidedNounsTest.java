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

/** The cases of src/test/resources/align/elided-nouns.yaml: which noun a bare number counts. */
class ElidedNounsTest {

    record Case(@JsonProperty("text") String text, @JsonProperty("fact") String fact, @JsonProperty("noun") String noun) {
    }

    @TestFactory
    Stream<DynamicTest> aBareNumberCountsTheNounItsSentenceLeavesOut() throws IOException {
        List<Case> cases = AlignCases.read("elided-nouns.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.fact() + " in: " + c.text(), () -> {
            List<Fact> facts = AlignCases.story(c.text());
            Fact fact = AlignCases.find(facts, "a", c.fact());
            assertEquals(Kind.NUMBER, fact.kind(), "not a bare number before resolving");
            Fact resolved = ElidedNouns.resolve(facts).get(facts.indexOf(fact));
            assertEquals(c.noun(), resolved.kind() == Kind.COUNT ? resolved.unit() : null);
        }));
    }
}
