package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.source.ReadProblem;

/**
 * The short summary printed after a check and written as report.txt: sources, claims, findings by
 * severity and rule, then one {@code path:line:column: severity [rule] message} line per error and
 * warning. With {@code colour}, severities are coloured with ANSI codes (for a terminal only).
 */
public final class TextRenderer implements Renderer {
    private static final String RESET = "\u001b[0m";
    private static final Map<Severity, String> COLOURS = Map.of(
            Severity.ERROR, "\u001b[1;31m", Severity.WARNING, "\u001b[33m", Severity.INFO, "\u001b[36m");

    private final boolean colour;

    /** Plain text, for files and pipes. */
    public TextRenderer() {
        this(false);
    }

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String fileName() {
        return "report.txt";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        ClaimStatus status = new ClaimStatus(report.findings());
        Map<String, Long> claims = report.claims().stream().map(status::of)
                .collect(Collectors.groupingBy(s -> Overview.disputed(s) ? "disputed" : s, TreeMap::new, Collectors.counting()));
        out.write(String.format("crosscheck %s: %d sources in %d stories, %d facts, %d claims (%d agree, %d disputed, %d from one source)%n",
                report.toolVersion(), report.sources().size(), report.stories().size(), report.facts().size(),
                report.claims().size(), claims.getOrDefault("agree", 0L), claims.getOrDefault("disputed", 0L),
                claims.getOrDefault("single-source", 0L)));
        out.write(String.format("findings: %s, %s, %s%n", count(report, Severity.ERROR), count(report, Severity.WARNING),
                count(report, Severity.INFO)));
        Map<String, Long> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
        if (!byRule.isEmpty()) {
            out.write("by rule: " + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + System.lineSeparator());
        }
        Set<ReadProblem> asFindings = Stream.concat(report.findings().stream(), report.gate().baselined().stream())
                .map(Finding::unreadable).filter(Objects::nonNull).collect(Collectors.toSet());
        for (ReadProblem problem : report.problems()) {
            if (!asFindings.contains(problem)) {
                out.write(String.format("unreadable: %s: %s%n", problem.path(), problem.reason()));
            }
        }
        for (Finding finding : report.findings()) {
            line(out, finding, finding.suppressed() ? " (suppressed: " + finding.suppression().reason() + ")" : "");
        }
        for (Finding finding : report.gate().baselined()) {
            line(out, finding, " (in the baseline)");
        }
    }

    private void line(Writer out, Finding finding, String note) throws IOException {
        if (finding.unreadable() != null) {
            out.write(String.format("%s [%s] %s%s%n", paint(finding.severity(), finding.severity().id()), finding.rule(),
                    finding.message(), note));
        } else if (finding.severity() != Severity.INFO) {
            Evidence first = finding.evidence().get(0);
            out.write(String.format("%s:%d:%d: %s [%s] %s%s%n", first.sourcePath(), first.fact().line(),
                    first.fact().column(), paint(finding.severity(), finding.severity().id()), finding.rule(),
                    finding.message(), note));
        }
    }

    private String count(Report report, Severity severity) {
        long count = report.count(severity);
        String text = count + " " + severity.id();
        return count == 0 ? text : paint(severity, text);
    }

    private String paint(Severity severity, String text) {
        return colour ? COLOURS.get(severity) + text + RESET : text;
    }
}
