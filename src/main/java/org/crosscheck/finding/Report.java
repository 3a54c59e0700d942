package org.crosscheck.finding;

import java.time.Instant;
import java.util.List;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.source.ReadProblem;

/** Everything one check produced, ready for the renderers. */
public record Report(String toolVersion, Instant generated, List<SourceSummary> sources, List<Story> stories,
                     List<Fact> facts, List<Claim> claims, List<Finding> findings, List<ReadProblem> problems,
                     List<RuleSummary> rules) {

    /** A rule as the reports describe it. */
    public record RuleSummary(String id, String severity, String summary, String because) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
