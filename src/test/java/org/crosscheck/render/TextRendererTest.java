package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void coloursSeveritiesOnlyWhenAsked() throws IOException {
        Report report = new Pipeline().run(CorpusWalker.walk(List.of("src/test/resources/golden/mini")),
                new RuleLoader().load(Path.of("rules")), "golden", Instant.parse("2025-01-01T00:00:00Z"));
        String plain = render(report, false);
        String coloured = render(report, true);
        assertFalse(plain.contains("\u001b["), plain);
        assertTrue(coloured.contains("\u001b[1;31merror\u001b[0m [value-conflict]"), coloured);
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    private static String render(Report report, boolean colour) throws IOException {
        StringWriter out = new StringWriter();
        new TextRenderer(colour).render(report, out);
        return out.toString();
    }
}
