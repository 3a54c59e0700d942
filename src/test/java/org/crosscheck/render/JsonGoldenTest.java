package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
import org.junit.jupiter.api.Test;

/**
 * report.json of a small corpus, byte for byte, with the generation time pinned: the contract
 * outside scripts read. After a deliberate change, rewrite it with -Dgolden.update=true and review
 * the diff.
 */
class JsonGoldenTest {
    private static final Path CORPUS = Path.of("src/test/resources/golden/mini");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/mini-report.json");

    @Test
    void reportJsonMatchesTheGoldenFile() throws IOException {
        Report report = new Pipeline().run(CorpusWalker.walk(List.of(CORPUS.toString())),
                new RuleLoader().load(Path.of("rules")), "golden", Instant.parse("2025-01-01T00:00:00Z"));
        StringWriter json = new StringWriter();
        new JsonRenderer().render(report, json);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json.toString());
        }
        assertEquals(Files.readString(GOLDEN), json.toString());
    }
}
