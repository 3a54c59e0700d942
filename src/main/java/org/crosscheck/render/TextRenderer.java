package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.source.ReadProblem;

/** The short summary printed after a check: sources, facts, claims, findings by severity. */
public final class TextRenderer implements Renderer {

    @Override
    public String fileName() {
        return "report.txt";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        out.write(String.format("crosscheck %s: %d sources in %d stories, %d facts, %d claims%n", report.toolVersion(),
                report.sources().size(), report.stories().size(), report.facts().size(), report.claims().size()));
        out.write(String.format("findings: %d error, %d warning, %d info%n", report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO)));
        Set<ReadProblem> asFindings = report.findings().stream().map(Finding::unreadable).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (ReadProblem problem : report.problems()) {
            if (!asFindings.contains(problem)) {
                out.write(String.format("unreadable: %s: %s%n", problem.path(), problem.reason()));
            }
        }
        for (Finding finding : report.findings()) {
            if (finding.unreadable() != null) {
                out.write(String.format("%s [%s] %s%n", finding.severity().id(), finding.rule(), finding.message()));
            } else if (finding.severity() != Severity.INFO) {
                Evidence first = finding.evidence().get(0);
                out.write(String.format("%s:%d:%d: %s [%s] %s%n", first.sourcePath(), first.fact().line(),
                        first.fact().column(), finding.severity().id(), finding.rule(), finding.message()));
            }
        }
    }
}
