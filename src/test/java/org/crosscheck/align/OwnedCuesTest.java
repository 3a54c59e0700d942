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

/** The cases of src/test/resources/align/owned-cues.yaml: which cue words another figure of the sentence owns. */
class OwnedCuesTest {

    record Case(@JsonProperty("text") String text, @JsonProperty("other") String other, @JsonProperty("fact") String fact,
                @JsonProperty("cue") String cue, @JsonProperty("owned") boolean owned) {
    }

    @TestFactory
    Stream<DynamicTest> aCueHeadingAnotherFigureSaysNothingOfThisOne() throws IOException {
        List<Case> cases = AlignCases.read("owned-cues.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.cue() + " for " + c.fact() + " in: " + c.text(), () -> {
            List<Fact> facts = AlignCases.story(c.text(), c.other());
            List<String> cue = List.of(AlignCases.stem(c.cue()));
            assertEquals(c.owned(), OwnedCues.of(facts).own(AlignCases.find(facts, "a", c.fact()), cue).isEmpty());
        }));
    }
}
