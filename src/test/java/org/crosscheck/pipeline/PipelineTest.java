package org.crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.render.HtmlRenderer;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Instant GENERATED = Instant.parse("2025-01-01T00:00:00Z");

    private static Report check(long keepTextCharacters) {
        var entries = CorpusWalker.walk(List.of("seeds"));
        return new Pipeline(StoryGrouper.defaults(), null, Progress.NONE, keepTextCharacters)
                .run(entries, new RuleLoader().load(Path.of("rules")), "test", GENERATED);
    }

    @Test
    void aCorpusOverTheTextBudgetKeepsFactsButNoText() throws Exception {
        Report small = check(Pipeline.KEEP_TEXT_CHARACTERS);
        Report large = check(10);
        small.sources().forEach(source -> assertNotNull(source.text(), source.path()));
        large.sources().forEach(source -> assertNull(source.text(), source.path()));
        assertEquals(small.facts(), large.facts());
        assertEquals(small.findings().size(), large.findings().size());
        StringWriter html = new StringWriter();
        new HtmlRenderer().render(large, html);
        assertTrue(html.toString().contains("the corpus was too large to embed"));
    }

    @Test
    void factsLeaveAlignmentWithoutTheirContext() {
        Report report = check(Pipeline.KEEP_TEXT_CHARACTERS);
        assertTrue(report.facts().size() > 50);
        report.facts().forEach(fact -> assertTrue(fact.near().isEmpty() && fact.context().isEmpty(), fact.id()));
        report.findings().forEach(finding -> finding.evidence()
                .forEach(item -> assertNotNull(item.fact().sentence(), finding.id())));
    }

    @Test
    void sourcesAndFactsStayInCorpusOrder() {
        Report report = check(Pipeline.KEEP_TEXT_CHARACTERS);
        List<String> ids = report.sources().stream().map(SourceSummary::id).toList();
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5"), ids);
        List<String> factSources = report.facts().stream().map(fact -> fact.sourceId()).toList();
        assertEquals(factSources.stream().sorted(java.util.Comparator.comparing(ids::indexOf)).toList(), factSources);
    }
}
