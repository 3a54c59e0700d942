package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions in the article and in a suppression file: they keep a finding from failing the gate, never from view. */
class SuppressionTest {
    private static final String WIRE = "Rescuers said 14 people died in the mine collapse on Monday.\n";
    private static final String DAILY = "Sixteen people died when the mine collapsed on Monday, rescuers said.\n";

    @TempDir
    Path temp;

    private Path corpus(String wire) throws IOException {
        Path corpus = temp.resolve("corpus");
        Cli.article(corpus, "a.txt", "mine", wire);
        Cli.article(corpus, "b.txt", "mine", DAILY);
        return corpus;
    }

    private Cli check(Path corpus, String... more) {
        String[] args = {"check", corpus.toString(), "--format", "json,text,html,sarif,junit,github",
            "--out", temp.resolve("out").toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return Cli.run(all);
    }

    private String written(String name) throws IOException {
        return Files.readString(temp.resolve("out").resolve(name));
    }

    private JsonNode conflict() throws IOException {
        for (JsonNode finding : new ObjectMapper().readTree(written("report.json")).get("findings")) {
            if (finding.get("rule").asText().equals("value-conflict")) {
                return finding;
            }
        }
        throw new AssertionError("no value-conflict finding in " + written("report.json"));
    }

    @Test
    void aCommentWithAReasonKeepsTheFindingVisibleButPassing() throws IOException {
        String reason = "the wire counted 12 dead at first, we follow the ministry";
        Cli checked = check(corpus("# crosscheck-disable-next-line value-conflict: " + reason + "\n" + WIRE));
        assertEquals(0, checked.exit(), checked.out() + checked.err());
        assertEquals(reason, conflict().get("suppressed").get("reason").asText());
        assertTrue(conflict().get("suppressed").get("origin").asText().endsWith("a.txt:4"), conflict().toString());
        assertTrue(written("report.txt").contains("(suppressed: " + reason + ")"));
        assertTrue(written("report.html").contains("suppressed: " + reason));
        assertTrue(written("report.sarif").contains("\"justification\" : \"" + reason + "\""));
        assertTrue(written("report.junit.xml").contains("(suppressed: " + reason + ")"));
        assertTrue(checked.out().contains("::notice file="), checked.out());
    }

    @Test
    void theCommentLineIsNotReadAsArticleText() throws IOException {
        check(corpus("# crosscheck-disable-next-line value-conflict: the wire counted 12 dead at first\n" + WIRE));
        JsonNode facts = new ObjectMapper().readTree(written("report.json")).get("facts");
        assertTrue(facts.findValuesAsText("text").stream().noneMatch(text -> text.contains("12")), facts.toString());
        for (JsonNode fact : facts) {
            assertTrue(!fact.get("source").asText().equals("s1") || fact.get("line").asInt() == 5, fact.toString());
        }
    }

    @Test
    void aCommentWithoutAReasonIsIgnoredWithAWarning() throws IOException {
        Cli checked = check(corpus("# crosscheck-disable-next-line value-conflict\n" + WIRE));
        assertEquals(1, checked.exit());
        assertTrue(checked.err().contains("a.txt:4: warning: suppression without a reason"), checked.err());
        assertEquals(1, new ObjectMapper().readTree(written("report.json")).get("gateWarnings").size());
    }

    @Test
    void aSuppressionFileNamesFindingsByRuleAndSourceOrByFingerprint() throws IOException {
        Path corpus = corpus(WIRE);
        check(corpus);
        String fingerprint = conflict().get("fingerprint").asText();
        Path byRule = Files.writeString(temp.resolve("by-rule.yaml"),
                "- rule: value-conflict\n  source: \"**/a.txt\"\n  reason: the ministry's figure is the one we use\n");
        assertEquals(0, check(corpus, "--suppressions", byRule.toString()).exit());
        assertTrue(conflict().get("suppressed").get("origin").asText().endsWith("by-rule.yaml:1"));
        Path byFingerprint = Files.writeString(temp.resolve("by-fingerprint.yaml"),
                "# decided on 2025-03-05\n- fingerprint: " + fingerprint + "\n  reason: checked with both outlets\n");
        assertEquals(0, check(corpus, "--suppressions", byFingerprint.toString()).exit());
        assertEquals("checked with both outlets", conflict().get("suppressed").get("reason").asText());
    }

    @Test
    void aSuppressionFileEntryWithoutAReasonIsIgnoredWithAWarning() throws IOException {
        Path file = Files.writeString(temp.resolve("s.yaml"), "- rule: single-source\n  reason: fine\n- rule: value-conflict\n");
        Cli checked = check(corpus(WIRE), "--suppressions", file.toString());
        assertEquals(1, checked.exit());
        assertTrue(checked.err().contains("s.yaml:3: warning: suppression without a reason"), checked.err());
    }

    @Test
    void anUnknownKeyInTheSuppressionFileExitsTwoNamingFileAndLine() throws IOException {
        Path file = Files.writeString(temp.resolve("s.yaml"), "- rule: value-conflict\n  reason: known\n  sauce: x\n");
        Cli checked = check(corpus(WIRE), "--suppressions", file.toString());
        assertEquals(2, checked.exit());
        assertTrue(checked.err().contains("s.yaml:3: unknown key 'sauce'"), checked.err());
    }
}
