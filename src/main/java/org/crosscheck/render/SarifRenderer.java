package org.crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Gate;
import org.crosscheck.finding.RelativePath;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.Values;
import org.crosscheck.source.ReadProblem;

/**
 * report.sarif: SARIF 2.1.0 for code-scanning tools. One result per finding, located at its first
 * evidence, the other evidence as related locations; baselined findings are results with
 * {@code baselineState: unchanged}, suppressed ones carry a SARIF suppression with the reason.
 */
public final class SarifRenderer implements Renderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<String> ruleIds = report.rules().stream().map(Report.RuleSummary::id).toList();
        List<Sarif.ReportingDescriptor> rules = report.rules().stream()
                .map(rule -> new Sarif.ReportingDescriptor(rule.id(), new Sarif.Message(rule.summary()),
                        rule.because().isBlank() ? null : new Sarif.Message(rule.because()),
                        new Sarif.Configuration(level(Severity.parse(rule.severity())))))
                .toList();
        Gate gate = report.gate();
        String baselineNew = gate.baselineUsed() ? "new" : null;
        List<Sarif.Result> results = Stream.concat(
                report.findings().stream().map(finding -> result(finding, ruleIds, baselineNew)),
                gate.baselined().stream().map(finding -> result(finding, ruleIds, "unchanged"))).toList();
        Map<String, Object> properties = gate.gone().isEmpty() ? null
                : Map.of("baselineEntriesGone", gate.gone());
        Sarif.Run run = new Sarif.Run(
                new Sarif.Tool(new Sarif.Driver("crosscheck", report.toolVersion(), rules)),
                List.of(new Sarif.Invocation(true, report.generated().toString())),
                "utf16CodeUnits", results, properties);
        MAPPER.writeValue(out, new Sarif.Log(Sarif.SCHEMA, "2.1.0", List.of(run)));
    }

    private static Sarif.Result result(Finding finding, List<String> ruleIds, String baselineState) {
        List<Evidence> evidence = finding.evidence();
        List<Sarif.Location> related = IntStream.range(1, evidence.size())
                .mapToObj(i -> location(i, evidence.get(i))).toList();
        Map<String, String> fingerprints = new LinkedHashMap<>();
        if (finding.fingerprint() != null) {
            fingerprints.put("crosscheck/v1", finding.fingerprint());
        }
        List<Sarif.Suppression> suppressions = !finding.suppressed() ? null
                : List.of(new Sarif.Suppression(finding.suppression().inSource() ? "inSource" : "external", "accepted",
                        finding.suppression().reason()));
        int index = ruleIds.indexOf(finding.rule());
        return new Sarif.Result(finding.rule(), index < 0 ? null : index, level(finding.severity()),
                new Sarif.Message(finding.message()),
                finding.unreadable() != null ? List.of(location(finding.unreadable()))
                        : evidence.isEmpty() ? null : List.of(location(null, evidence.get(0))),
                related.isEmpty() ? null : related, fingerprints.isEmpty() ? null : fingerprints, baselineState,
                suppressions);
    }

    private static Sarif.Location location(Integer id, Evidence evidence) {
        Fact fact = evidence.fact();
        String text = fact.text();
        int endLine = fact.line();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                endLine++;
                lineStart = i + 1;
            }
        }
        int endColumn = endLine == fact.line() ? fact.column() + text.length() : text.length() - lineStart + 1;
        Sarif.Region region = new Sarif.Region(fact.line(), fact.column(), endLine, endColumn, fact.start(),
                fact.end() - fact.start(), new Sarif.Message(text));
        Sarif.Message message = id == null ? null
                : new Sarif.Message(Values.display(fact)
                        + (evidence.published() == null ? "" : " (published " + evidence.published() + ")"));
        return new Sarif.Location(id, new Sarif.PhysicalLocation(new Sarif.ArtifactLocation(uri(evidence.sourcePath())), region),
                message);
    }

    /** The file that could not be read, and the line of its problem when it has one. */
    private static Sarif.Location location(ReadProblem problem) {
        Sarif.Region region = problem.line() > 0
                ? new Sarif.Region(problem.line(), null, null, null, null, null, null) : null;
        return new Sarif.Location(null, new Sarif.PhysicalLocation(new Sarif.ArtifactLocation(uri(problem.path())), region),
                null);
    }

    /** A relative URI reference for the path (spaces and other reserved characters escaped). */
    static String uri(String path) {
        try {
            return new URI(null, null, RelativePath.of(path), null).getRawPath();
        } catch (URISyntaxException impossible) {
            return RelativePath.of(path);
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
