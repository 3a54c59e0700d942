package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.extract.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cases of src/test/resources/align/attribution-periods.yaml: which figures the day of a statement does not date. */
class AttributionPeriodsTest {

    record Case(@JsonProperty("text") String text, @JsonProperty("other") String other,
                @JsonProperty("fact") String fact, @JsonProperty("dated") boolean dated) {
    }

    @TestFactory
    Stream<DynamicTest> aFigureIsNotDatedByTheDayItWasReported() throws IOException {
        List<Case> cases = AlignCases.read("attribution-periods.yaml", new TypeReference<>() { });
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.fact() + " in: " + c.text(), () -> {
            List<Fact> facts = AlignCases.story(c.text(), c.other());
            Fact fact = AlignCases.find(facts, "a", c.fact());
            assertNotNull(fact.period(), "extraction gave no period to strip");
            Fact stripped = AttributionPeriods.strip(facts).get(facts.indexOf(fact));
            assertEquals(c.dated(), stripped.period() != null);
        }));
    }
}
