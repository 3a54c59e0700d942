package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck baseline} and {@code check --baseline}: only new findings fail, baselined ones are listed apart. */
class BaselineTest {
    private static final String WIRE = "Rescuers said 14 people died in the mine collapse on Monday.\n";
    private static final String DAILY = "Sixteen people died when the mine collapsed on Monday, rescuers said.\n";

    @TempDir
    Path temp;
    Path corpus;
    Path baseline;

    @BeforeEach
    void recordTheBaseline() throws IOException {
        corpus = temp.resolve("corpus");
        Cli.article(corpus, "a.txt", "mine", WIRE);
        Cli.article(corpus, "b.txt", "mine", DAILY);
        baseline = temp.resolve("baseline.json");
        Cli recorded = Cli.run("baseline", corpus.toString(), "--output", baseline.toString());
        assertEquals(0, recorded.exit(), recorded.err());
        assertTrue(Files.readString(baseline).contains("\"value-conflict\""), Files.readString(baseline));
    }

    private Cli check() {
        return Cli.run("check", corpus.toString(), "--baseline", baseline.toString(), "--format", "json",
                "--out", temp.resolve("out").toString());
    }

    private JsonNode report() throws IOException {
        return new ObjectMapper().readTree(temp.resolve("out/report.json").toFile());
    }

    @Test
    void baselinedFindingsDoNotFailAndAreListedApart() throws IOException {
        assertEquals(1, Cli.run("check", corpus.toString(), "--out", temp.resolve("out").toString()).exit());
        Cli checked = check();
        assertEquals(0, checked.exit(), checked.out());
        assertEquals("value-conflict", report().get("baselined").get(0).get("rule").asText());
        assertTrue(report().get("findings").findValuesAsText("rule").stream().noneMatch("value-conflict"::equals));
    }

    @Test
    void theBaselineSurvivesAParagraphInsertedAtTheTop() throws IOException {
        Cli.article(corpus, "a.txt", "mine", "The mine employs 200 people and opened in 1998, its owners said.\n\n"
                + "Production had doubled since January.\n\n" + WIRE);
        Cli checked = check();
        assertEquals(0, checked.exit(), checked.out());
        assertEquals(1, report().get("baselined").size());
        assertEquals(0, report().get("baselineGone").size());
    }

    @Test
    void aNewFindingFailsDespiteTheBaseline() throws IOException {
        Cli.article(corpus, "c.txt", "mine", "The collapse came after a flood that killed 3 horses, "
                + "rescuers said of the mine collapse on Monday.\n");
        Cli.article(corpus, "d.txt", "mine", "Rescuers said a flood killed 5 horses before the mine collapsed on Monday.\n");
        assertEquals(1, check().exit());
    }

    @Test
    void entriesThatNoLongerOccurAreNamed() throws IOException {
        Cli.article(corpus, "b.txt", "mine", "Fourteen people died when the mine collapsed on Monday, rescuers said.\n");
        Cli checked = check();
        assertEquals(0, checked.exit());
        assertTrue(checked.out().contains("1 baseline entry no longer found"), checked.out());
        assertTrue(checked.out().contains("gone: "), checked.out());
        assertEquals("value-conflict", report().get("baselineGone").get(0).get("rule").asText());
    }

    @Test
    void aFileThatIsNoBaselineExitsTwo() throws IOException {
        Files.writeString(baseline, "{\"findings\": 3}");
        Cli checked = check();
        assertEquals(2, checked.exit());
        assertTrue(checked.err().contains("baseline.json:1: not a crosscheck baseline"), checked.err());
    }
}
