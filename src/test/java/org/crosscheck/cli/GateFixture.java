package org.crosscheck.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.render.Renderer;

/**
 * The gate fixture: two stories, one finding failing the gate, one suppressed by a comment with a
 * reason, one held by the baseline, a baseline entry that no longer occurs and a suppression
 * comment without a reason. The generation time is pinned.
 */
final class GateFixture {
    static final Path CORPUS = Path.of("src/test/resources/golden/gate");
    static final Path BASELINE = Path.of("src/test/resources/golden/gate-baseline.json");
    static final Instant GENERATED = Instant.parse("2025-01-01T00:00:00Z");

    private GateFixture() {
    }

    static Report report() {
        return report(CORPUS.toString());
    }

    static Report report(String... paths) {
        CorpusOptions options = new CorpusOptions();
        options.paths = List.of(paths);
        return Checker.run(new Settings(options), Severity.ERROR, BaselineFile.read(BASELINE), null, GENERATED);
    }

    static String render(Renderer renderer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        return out.toString();
    }
}
