package org.crosscheck.finding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.source.ReadProblem;

/** Everything one check produced, ready for the renderers. */
public record Report(String toolVersion, Instant generated, List<SourceSummary> sources, List<Story> stories,
                     List<Fact> facts, List<Claim> claims, List<Finding> findings, List<ReadProblem> problems,
                     List<RuleSummary> rules) {

    /** A rule as the reports describe it; {@code parameters} is its tuning for people, such as "tolerance 0.01, maxValues 3". */
    public record RuleSummary(String id, String severity, String summary, String because, String parameters) {
    }

    /** The id of the claim each fact belongs to, by fact id. */
    public Map<String, String> claimOfFact() {
        Map<String, String> claimOf = new HashMap<>();
        claims.forEach(claim -> claim.facts().forEach(fact -> claimOf.put(fact.id(), claim.id())));
        return claimOf;
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
