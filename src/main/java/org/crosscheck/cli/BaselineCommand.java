package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.crosscheck.finding.Fingerprints;
import org.crosscheck.finding.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck baseline}: records the current findings (suppressed ones left out) so later checks report only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Record the current findings in a baseline file for 'check --baseline'.")
final class BaselineCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The baseline file to write")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Settings settings = new Settings(corpus);
        Report report = Checker.run(settings, null, null, null, Instant.EPOCH);
        Fingerprints fingerprints = new Fingerprints(report);
        var entries = report.findings().stream().filter(finding -> !finding.suppressed())
                .map(fingerprints::entry).toList();
        BaselineFile baseline = BaselineFile.of(entries);
        baseline.write(output);
        spec.commandLine().getOut().println("wrote " + output + ": " + baseline.findings().size() + " finding(s)");
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code();
    }
}
