package org.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.crosscheck.rule.RuleLoader;
import org.junit.jupiter.api.Test;

/** The scorers behind the README's figures, on fixtures whose scores are known by hand. */
class ScorersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/evaluate");

    @Test
    void scoreArithmeticGuardsEmptySides() {
        Score score = new Score(3, 2, 1);
        assertEquals(0.5, score.precision());
        assertEquals(1.0 / 3, score.recall(), 1e-9);
        assertEquals(0.4, score.f1(), 1e-9);
        assertEquals(0, new Score(0, 0, 0).f1());
    }

    @Test
    void extractionCountsMissesSpuriousAndWrongValues() {
        ExtractionEvaluation.Result result = ExtractionEvaluation.evaluate(FIXTURES.resolve("extraction"));
        assertEquals(new Score(3, 2, 2), result.relaxed());
        ExtractionEvaluation.KindScore counts = result.byKind().get("count");
        assertEquals(new Score(2, 1, 1), counts.spans());
        assertEquals(1, counts.valuesCorrect());
        ExtractionEvaluation.KindScore dates = result.byKind().get("date");
        assertEquals(new Score(1, 1, 1), dates.spans());
        assertEquals(0, dates.valuesCorrect());
    }

    @Test
    void storiesCountFoundDisagreementsFalseAlarmsAndTraps() {
        StoryEvaluation.Result result = StoryEvaluation.evaluate(FIXTURES.resolve("stories"),
                new RuleLoader().load(Path.of("rules")));
        assertEquals(2, result.stories());
        assertEquals(1, result.planted());
        assertEquals(1, result.found());
        assertEquals(1, result.classRight());
        assertEquals(1, result.findings());
        assertEquals(1, result.truePositives());
        assertEquals(1, result.traps());
        assertEquals(0, result.trapsFlagged());
    }
}
