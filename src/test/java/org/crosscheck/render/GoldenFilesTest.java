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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each report format of the small corpus in golden/mini, byte for byte, with the generation time and
 * tool version pinned. report.json is the contract outside scripts read. After a deliberate change,
 * rewrite the files with -Dgolden.update=true and review the diff.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static Report report;

    @BeforeAll
    static void checkTheGoldenCorpus() throws IOException {
        report = new Pipeline().run(CorpusWalker.walk(List.of(GOLDEN.resolve("mini").toString())),
                new RuleLoader().load(Path.of("rules")), "golden", Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void reportJson() throws IOException {
        assertMatches(new JsonRenderer(), "mini-report.json");
    }

    @Test
    void reportHtml() throws IOException {
        assertMatches(new HtmlRenderer(), "mini-report.html");
    }

    @Test
    void reportText() throws IOException {
        assertMatches(new TextRenderer(), "mini-report.txt");
    }

    private static void assertMatches(Renderer renderer, String golden) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN.resolve(golden), out.toString());
        }
        assertEquals(Files.readString(GOLDEN.resolve(golden)), out.toString());
    }
}
