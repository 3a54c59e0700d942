package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.crosscheck.finding.Report;
import org.crosscheck.render.GithubRenderer;
import org.crosscheck.render.HtmlRenderer;
import org.crosscheck.render.JsonRenderer;
import org.crosscheck.render.JunitRenderer;
import org.crosscheck.render.Renderer;
import org.crosscheck.render.SarifRenderer;
import org.crosscheck.render.TextRenderer;
import org.junit.jupiter.api.Test;

/**
 * The same inputs give byte-identical reports in every format (the generation time pinned): no
 * order from hash maps or sets, no ids from the order parallel work finishes in.
 */
class DeterminismTest {
    private static final List<Renderer> RENDERERS = List.of(new HtmlRenderer(), new JsonRenderer(), new TextRenderer(),
            new SarifRenderer(), new JunitRenderer(), new GithubRenderer());
    private static final String[] CORPORA = {"seeds", "src/test/resources/gold/stories/dev/01-factory-fire",
        "src/test/resources/gold/stories/dev/02-quake-peru", "src/test/resources/gold/stories/dev/04-earnings-tessaro",
        GateFixture.CORPUS.toString()};

    @Test
    void repeatedRunsGiveIdenticalReports() throws IOException {
        Report first = GateFixture.report(CORPORA);
        Report again = GateFixture.report(CORPORA);
        for (Renderer renderer : RENDERERS) {
            assertEquals(GateFixture.render(renderer, first), GateFixture.render(renderer, again), renderer.fileName());
        }
    }
}
