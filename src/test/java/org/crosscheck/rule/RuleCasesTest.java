package org.crosscheck.rule;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.source.CorpusWalker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's example cases under src/test/resources/rules/RULE/CASE/: the sources of a case,
 * checked with all the rules in rules/, must make RULE fire (citing the listed spans) or not.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/rules");
    private static final List<Rule> RULES = new RuleLoader().load(Path.of("rules"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Expected(@JsonProperty("fires") boolean fires, @JsonProperty("evidence") List<Span> evidence) {
    }

    record Span(@JsonProperty("source") String source, @JsonProperty("span") String span) {
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFiresOrStaysQuietAsExpected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Path folder : cases(rule.id())) {
                tests.add(dynamicTest(rule.id() + "/" + folder.getFileName(), () -> check(rule.id(), folder)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasACaseThatFiresAndOneThatMustNot() throws IOException {
        for (Rule rule : RULES) {
            boolean fires = false;
            boolean quiet = false;
            for (Path folder : cases(rule.id())) {
                boolean expected = expected(folder).fires();
                fires |= expected;
                quiet |= !expected;
            }
            assertTrue(fires && quiet, "rule " + rule.id() + " needs a case that fires and one that must not");
        }
    }

    private static void check(String ruleId, Path folder) throws IOException {
        Expected expected = expected(folder);
        Report report = new Pipeline().run(CorpusWalker.walk(List.of(folder.toString())), RULES, "test", Instant.EPOCH);
        List<Finding> fired = report.findings().stream().filter(finding -> finding.rule().equals(ruleId)).toList();
        if (!expected.fires()) {
            assertTrue(fired.isEmpty(), "must not fire, but: " + fired.stream().map(Finding::message).toList());
            return;
        }
        boolean cited = false;
        for (Finding finding : fired) {
            cited |= citesAll(finding, expected.evidence(), folder);
        }
        assertTrue(cited, "must fire citing " + expected.evidence() + ", but: "
                + (fired.isEmpty() ? "no finding" : fired.stream().map(Finding::message).toList()));
    }

    private static boolean citesAll(Finding finding, List<Span> spans, Path folder) throws IOException {
        for (Span span : spans) {
            String text = Files.readString(folder.resolve(span.source()));
            int start = text.indexOf(span.span());
            boolean cited = false;
            for (Evidence evidence : finding.evidence()) {
                boolean sameFile = Path.of(evidence.sourcePath()).getFileName().toString().equals(span.source());
                cited |= sameFile && evidence.fact().start() < start + span.span().length() && start < evidence.fact().end();
            }
            if (!cited) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> cases(String ruleId) throws IOException {
        Path folder = CASES.resolve(ruleId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Expected expected(Path folder) throws IOException {
        Expected expected = YAML.readValue(folder.resolve("expected.yaml").toFile(), Expected.class);
        return new Expected(expected.fires(), expected.evidence() == null ? List.of() : expected.evidence());
    }
}
