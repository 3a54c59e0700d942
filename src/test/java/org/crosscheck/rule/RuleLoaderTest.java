package org.crosscheck.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule files load strictly: every mistake names the file and line. */
class RuleLoaderTest {
    @TempDir
    Path folder;

    private static final String VALID = "check: value-conflict\nseverity: warning\nsummary: s\nmessage: m\n";

    @Test
    void theShippedRulesLoad() {
        List<Rule> rules = new RuleLoader().load(Path.of("rules"));
        assertTrue(rules.size() >= 6);
        assertTrue(rules.stream().anyMatch(rule -> rule.id().equals("value-conflict") && rule.severity() == Severity.ERROR));
    }

    @Test
    void fileNameIsTheRuleId() throws IOException {
        Files.writeString(folder.resolve("toll-drift.yaml"), VALID);
        Rule rule = new RuleLoader().load(folder).get(0);
        assertEquals("toll-drift", rule.id());
        assertEquals(Severity.WARNING, rule.severity());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "check: value-conflict\\nseverity: error\\nsummary: s\\nmessage: m\\ncolour: red | bad.yaml:5: unknown key 'colour'",
        "check: guesswork\\nseverity: error\\nsummary: s\\nmessage: m                   | unknown check 'guesswork'",
        "check: value-conflict\\nseverity: loud\\nsummary: s\\nmessage: m              | unknown severity 'loud'",
        "check: value-conflict\\nseverity: error\\nmessage: m                          | missing key 'summary'",
        "check: single-source\\nseverity: info\\nsummary: s\\nmessage: m\\nparameters:\\n  tolerance: 0.1 | takes no parameter 'tolerance'",
        "check: value-conflict\\nseverity: error\\nsummary: s\\nmessage: m\\nparameters:\\n  kinds: [weight] | unknown fact kind 'weight'",
        "check: value-conflict\\nseverity: error\\nsummary: s\\nmessage: m\\nparameters:\\n  speed: 3 | bad.yaml:6: unknown key 'speed'",
        "check: [value-conflict                                                       | bad.yaml:"})
    void mistakesNameFileLineAndProblem(String yaml, String expected) throws IOException {
        Files.writeString(folder.resolve("bad.yaml"), yaml.replace("\\n", "\n"));
        ConfigurationException failure = assertThrows(ConfigurationException.class, () -> new RuleLoader().load(folder));
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }
}
