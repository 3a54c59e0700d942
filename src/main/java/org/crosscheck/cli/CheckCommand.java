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
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.HtmlRenderer;
import org.crosscheck.render.JsonRenderer;
import org.crosscheck.render.Renderer;
import org.crosscheck.render.TextRenderer;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.IoMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code crosscheck check}: reads the sources, runs the rules, writes the reports, sets the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check articles for numbers and dates that disagree across sources.")
final class CheckCommand implements Callable<Integer> {
    private static final Map<String, Renderer> FORMATS = new LinkedHashMap<>(Map.of(
            "html", new HtmlRenderer(), "json", new JsonRenderer(), "text", new TextRenderer()));

    @Parameters(paramLabel = "PATH", description = "Files or folders to check (.txt, .md, .html; folders recursively). Default: seeds")
    List<String> paths = new ArrayList<>(List.of("seeds"));

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of rule files. Default: ${DEFAULT-VALUE}")
    Path rules = Path.of("rules");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder the reports are written to. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("reports");

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Report formats, comma-separated: html, json, text. Default: html,json")
    List<String> formats = new ArrayList<>(List.of("html", "json"));

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, info or never. Default: ${DEFAULT-VALUE}")
    String failOn = "error";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = threshold();
        List<Renderer> renderers = renderers();
        var ruleList = new RuleLoader().load(rules);
        var entries = CorpusWalker.walk(paths);
        createOutputFolder();
        Report report = new Pipeline().run(entries, ruleList, Version.VALUE, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : renderers) {
            written.add(ReportWriter.write(report, renderer, out));
        }
        StringWriter summary = new StringWriter();
        new TextRenderer().render(report, summary);
        stdout.print(summary);
        written.forEach(path -> stdout.println("wrote " + path));
        report.problems().forEach(problem -> spec.commandLine().getErr().println("crosscheck: " + problem.path()
                + (problem.line() > 0 ? ":" + problem.line() : "") + ": " + problem.reason()));
        stdout.flush();
        boolean failing = threshold != null && report.findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
        return (failing ? ExitCode.FINDINGS : ExitCode.CLEAN).code();
    }

    /** Creates {@code --out} before the run, so a folder that cannot be made is a usage error, not a lost run. */
    private void createOutputFolder() {
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException failure) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: cannot create the folder " + out + ": "
                    + (failure instanceof IOException io ? IoMessages.describe(io) : failure.getMessage()));
        }
    }

    private Severity threshold() {
        if ("never".equals(failOn.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException bad) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: unknown level '" + failOn + "' (expected error, warning, info or never)");
        }
    }

    private List<Renderer> renderers() {
        List<Renderer> chosen = new ArrayList<>();
        for (String format : formats) {
            Renderer renderer = FORMATS.get(format.trim().toLowerCase(Locale.ROOT));
            if (renderer == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format: unknown format '" + format + "' (expected one of " + String.join(", ", FORMATS.keySet()) + ")");
            }
            chosen.add(renderer);
        }
        return chosen;
    }
}
