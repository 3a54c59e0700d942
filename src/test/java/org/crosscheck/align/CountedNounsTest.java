package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/counted-nouns.yaml: which counted nouns are counts of one class. */
class CountedNounsTest {

    record Case(@JsonProperty("nouns") List<String> nouns, @JsonProperty("sameClass") boolean sameClass) {
    }

    @TestFactory
    Stream<DynamicTest> nounsOfOneClassAreCountedTogether() throws IOException {
        List<Case> cases = AlignCases.read("counted-nouns.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(String.join(" / ", c.nouns()), () ->
                assertEquals(c.sameClass(), CountedNouns.classOf(c.nouns().get(0)).equals(CountedNouns.classOf(c.nouns().get(1))))));
    }
}
