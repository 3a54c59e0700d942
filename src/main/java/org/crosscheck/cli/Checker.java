package org.crosscheck.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.pipeline.Pipeline;

/** One check as {@code check} and {@code baseline} run it: select the files, run the pipeline, apply the gate. */
final class Checker {
    private Checker() {
    }

    /** {@code changed}: check only the stories containing these files (real paths); null for all. */
    static Report run(Settings settings, Severity failOn, BaselineFile baseline, Set<Path> changed, Instant generated) {
        return run(settings, failOn, baseline, changed, generated, () -> { });
    }

    /** As above, with {@code beforePipeline} run once the rules and files are known to be readable. */
    static Report run(Settings settings, Severity failOn, BaselineFile baseline, Set<Path> changed, Instant generated,
                      Runnable beforePipeline) {
        var rules = settings.rules();
        var gatekeeper = new Gatekeeper(failOn, settings.suppressions(), baseline);
        var entries = Selection.of(settings.paths(), settings.excludes());
        beforePipeline.run();
        Report report = new Pipeline(settings.grouper(), settings.defaultPublished(), TerminalProgress.forStderr())
                .run(entries, rules, Version.VALUE, generated);
        Report gated = gatekeeper.apply(report);
        return changed == null ? gated : ReportScope.storiesContaining(gated, changed);
    }
}
