package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.render.GithubRenderer;
import org.crosscheck.render.HtmlRenderer;
import org.crosscheck.render.JsonRenderer;
import org.crosscheck.render.JunitRenderer;
import org.crosscheck.render.Renderer;
import org.crosscheck.render.SarifRenderer;
import org.crosscheck.render.TextRenderer;
import org.crosscheck.source.IoMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crosscheck check}: reads the sources, runs the rules, writes the reports, sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check articles for numbers and dates that disagree across sources.")
final class CheckCommand implements Callable<Integer> {
    private static final Map<String, Renderer> FORMATS = formats();

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder the report files are written to. Default: reports")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Report formats, comma-separated: html, json, text, sarif, junit (files in --out), "
                    + "github (stdout). Default: html,json")
    List<String> formats;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or never. Default: error")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings not in this baseline (see 'crosscheck baseline')")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check only the stories containing files changed since this git ref")
    String changedSince;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Settings settings = new Settings(corpus);
        Severity threshold = settings.failOn(failOn);
        List<Renderer> renderers = renderers(settings.value(formats, settings.config().format(), List.of("html", "json")));
        Path baselinePath = settings.path(baseline, settings.config().baseline(), null);
        BaselineFile recorded = baselinePath == null ? null : BaselineFile.read(baselinePath);
        var changed = changedSince == null ? null : ChangedFiles.since(changedSince, settings.paths().get(0));
        Path folder = settings.path(out, settings.config().out(), "reports");
        Report report = Checker.run(settings, threshold, recorded, changed, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                () -> createOutputFolder(folder, renderers));
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : renderers) {
            if (renderer.toStandardOutput()) {
                renderer.render(report, stdout);
            } else {
                written.add(ReportWriter.write(report, renderer, folder));
            }
        }
        StringWriter summary = new StringWriter();
        new TextRenderer(TerminalColours.wanted()).render(report, summary);
        stdout.print(summary);
        GateSummary.print(report, stdout);
        written.forEach(path -> stdout.println("wrote " + path));
        report.problems().forEach(problem -> spec.commandLine().getErr().println("crosscheck: " + problem.path()
                + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.reason()));
        report.gate().warnings().forEach(warning -> spec.commandLine().getErr()
                .println("crosscheck: " + warning.path() + ":" + warning.line() + ": warning: " + warning.message()));
        stdout.flush();
        return (report.failing() ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
    }

    /**
     * Creates the output folder before the run, so a folder that cannot be made is a usage error, not a lost run;
     * not when every format goes to standard output.
     */
    private void createOutputFolder(Path folder, List<Renderer> renderers) {
        if (renderers.stream().allMatch(Renderer::toStandardOutput)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException failure) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: cannot create the folder " + folder + ": "
                    + (failure instanceof IOException io ? IoMessages.describe(io) : failure.getMessage()));
        }
    }

    private List<Renderer> renderers(List<String> names) {
        List<Renderer> chosen = new ArrayList<>();
        for (String format : names) {
            Renderer renderer = FORMATS.get(format.trim().toLowerCase(Locale.ROOT));
            if (renderer == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: unknown format '" + format + "' (expected one of " + String.join(", ", FORMATS.keySet()) + ")");
            }
            if (!chosen.contains(renderer)) {
                chosen.add(renderer);
            }
        }
        return chosen;
    }

    private static Map<String, Renderer> formats() {
        Map<String, Renderer> formats = new LinkedHashMap<>();
        formats.put("html", new HtmlRenderer());
        formats.put("json", new JsonRenderer());
        formats.put("text", new TextRenderer());
        formats.put("sarif", new SarifRenderer());
        formats.put("junit", new JunitRenderer());
        formats.put("github", new GithubRenderer());
        return formats;
    }
}
