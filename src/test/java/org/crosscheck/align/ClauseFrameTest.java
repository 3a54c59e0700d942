package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/clause-frame.yaml: which words of a clause frame a figure. */
class ClauseFrameTest {

    record Case(@JsonProperty("text") String text, @JsonProperty("fact") String fact,
                @JsonProperty("has") List<String> has, @JsonProperty("lacks") List<String> lacks) {
    }

    @TestFactory
    Stream<DynamicTest> aFigureIsFramedByItsOwnClause() throws IOException {
        List<Case> cases = AlignCases.read("clause-frame.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.fact() + " in: " + c.text(), () -> {
            List<String> frame = ClauseFrame.before(AlignCases.find(AlignCases.story(c.text()), "a", c.fact()));
            for (String word : Objects.requireNonNullElse(c.has(), List.<String>of())) {
                assertTrue(frame.contains(AlignCases.stem(word)), "'" + word + "' missing from " + frame);
            }
            for (String word : Objects.requireNonNullElse(c.lacks(), List.<String>of())) {
                assertTrue(c.text().toLowerCase(Locale.ROOT).contains(word), "'" + word + "' is not in the text");
                assertFalse(frame.contains(AlignCases.stem(word)), "'" + word + "' in " + frame);
            }
        }));
    }
}
