package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.extract.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/named-things.yaml: which name a figure is told of, and which figures it keeps apart. */
class NamedThingsTest {

    record NameCase(@JsonProperty("text") String text, @JsonProperty("fact") String fact, @JsonProperty("name") String name) {
    }

    record PairCase(@JsonProperty("texts") List<String> texts, @JsonProperty("facts") List<String> facts,
                    @JsonProperty("different") boolean different) {
    }

    record Cases(@JsonProperty("nameOf") List<NameCase> nameOf, @JsonProperty("different") List<PairCase> different) {
    }

    @TestFactory
    Stream<DynamicTest> figuresOfDifferentNamesAreKeptApart() throws IOException {
        Cases cases = AlignCases.read("named-things.yaml", new TypeReference<>() { });
        Stream<DynamicTest> named = cases.nameOf().stream().map(c -> DynamicTest.dynamicTest(
                "name of " + c.fact() + " in: " + c.text(), () -> {
                    List<Fact> facts = AlignCases.story(c.text());
                    assertEquals(c.name(), NamedThings.of(facts).nameOf(AlignCases.find(facts, "a", c.fact())));
                }));
        Stream<DynamicTest> pairs = cases.different().stream().map(c -> DynamicTest.dynamicTest(
                c.facts() + " in: " + c.texts(), () -> {
                    List<Fact> facts = AlignCases.story(c.texts().get(0), c.texts().get(1));
                    Fact a = AlignCases.find(facts, "a", c.facts().get(0));
                    Fact b = AlignCases.find(facts, "b", c.facts().get(1));
                    NamedThings names = NamedThings.of(facts);
                    assertEquals(c.different(), names.different(a, b));
                    assertEquals(c.different(), names.different(b, a), "not symmetric");
                }));
        return Stream.concat(named, pairs);
    }
}
