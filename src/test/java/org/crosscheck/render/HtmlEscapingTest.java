package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a browser: the template is escaped by its format (.ftlh, HTML auto-escaping) with no way
 * out of it, and article text full of markup and template syntax comes out as text.
 */
class HtmlEscapingTest {
    private static final String TEMPLATE = "/org/crosscheck/render/report.ftlh";
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><marquee>${7*7}</marquee><#assign x=1>";

    @TempDir
    Path temp;

    @Test
    void theTemplateIsAutoEscapedWithNoWayOut() throws IOException {
        String template;
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(TEMPLATE)) {
            assertNotNull(in, TEMPLATE);
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The only unescaped output: the page's own stylesheet and script, and the JSON blocks ScriptJson makes script-safe.
        String reviewed = template.replace("${style?no_esc}", "").replace("${script?no_esc}", "")
                .replace("${block.text?no_esc}", "");
        for (String escapeHatch : List.of("?no_esc", "noautoesc", "<#outputformat", "?interpret", "?eval", "?new", "?api")) {
            assertFalse(reviewed.contains(escapeHatch), "the template uses " + escapeHatch);
        }
    }

    @Test
    void hostileArticleTextIsRenderedAsText() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        String header = "published: 2025-03-04\nstory: " + HOSTILE + "\noutlet: " + HOSTILE + "\n\n";
        Files.writeString(corpus.resolve("a.txt"), header + HOSTILE + " Rescuers said 14 people died in the mine collapse.");
        Files.writeString(corpus.resolve("b.txt"), header + "Rescuers said 16 people died in the mine collapse. " + HOSTILE);
        Files.write(corpus.resolve("c.txt"), new byte[] {'<', 's', 'c', 'r', 'i', 'p', 't', '>', 0});
        Report report = new Pipeline().run(CorpusWalker.walk(List.of(corpus.toString())),
                new RuleLoader().load(Path.of("rules")), "test", Instant.EPOCH);
        StringWriter html = new StringWriter();
        new HtmlRenderer().render(report, html);

        Document page = Jsoup.parse(html.toString());
        assertEquals(1, page.select("script:not([type])").size(), "only the report's own script");
        assertTrue(page.select("script[type]").stream().allMatch(data -> data.attr("type").startsWith("application/")),
                "the other script elements are data blocks");
        assertTrue(page.select("img, marquee").isEmpty(), "no element from the article");
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey().startsWith("on"), element.toString()));
        }
        assertTrue(page.select("td").stream().anyMatch(cell -> cell.text().equals(HOSTILE)),
                "the outlet's markup and template syntax are shown as text, unchanged");
    }
}
