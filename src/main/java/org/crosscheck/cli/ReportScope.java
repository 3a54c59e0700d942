package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Gate;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;

/**
 * Narrows a gated report to the stories that contain at least one of some files, with all their
 * sources, and to the findings on those files if they could not be read. Baseline entries that no longer occur were found on the whole corpus, and stay.
 */
final class ReportScope {
    private ReportScope() {
    }

    static Report storiesContaining(Report report, Set<Path> files) {
        Set<String> touched = new HashSet<>();
        report.sources().stream().filter(source -> files.contains(real(source.path())))
                .forEach(source -> touched.add(source.story()));
        List<Story> stories = report.stories().stream().filter(story -> touched.contains(story.id())).toList();
        Set<String> sourceIds = new HashSet<>();
        stories.forEach(story -> sourceIds.addAll(story.sourceIds()));
        List<SourceSummary> sources = report.sources().stream().filter(source -> sourceIds.contains(source.id())).toList();
        List<Fact> facts = report.facts().stream().filter(fact -> sourceIds.contains(fact.sourceId())).toList();
        List<Claim> claims = report.claims().stream().filter(claim -> touched.contains(claim.story())).toList();
        Predicate<Finding> inScope = finding -> touched.contains(finding.story())
                || finding.unreadable() != null && files.contains(real(finding.unreadable().path()));
        List<Finding> findings = report.findings().stream().filter(inScope).toList();
        Gate gate = report.gate();
        List<Finding> baselined = gate.baselined().stream().filter(inScope).toList();
        return report.with(sources, stories, facts, claims, findings)
                .with(findings, new Gate(gate.failOn(), gate.baselineUsed(), baselined, gate.gone(), gate.warnings()));
    }

    /** The file's real path (symbolic links resolved, as git reports them), else its absolute one. */
    static Path real(String path) {
        try {
            return Path.of(path).toRealPath();
        } catch (IOException | RuntimeException missing) {
            return Path.of(path).toAbsolutePath().normalize();
        }
    }
}
