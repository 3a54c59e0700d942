package org.crosscheck.finding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.source.ReadProblem;

/**
 * Everything one check produced, ready for the renderers. {@code findings} holds the findings not
 * in the baseline, suppressed ones included; {@code gate} says how they meet the CI gate.
 */
public record Report(String toolVersion, Instant generated, List<SourceSummary> sources, List<Story> stories,
                     List<Fact> facts, List<Claim> claims, List<Finding> findings, List<ReadProblem> problems,
                     List<RuleSummary> rules, Gate gate) {

    public Report(String toolVersion, Instant generated, List<SourceSummary> sources, List<Story> stories,
                  List<Fact> facts, List<Claim> claims, List<Finding> findings, List<ReadProblem> problems,
                  List<RuleSummary> rules) {
        this(toolVersion, generated, sources, stories, facts, claims, findings, problems, rules, Gate.NONE);
    }

    /** A rule as the reports describe it; {@code parameters} is its tuning for people, such as "tolerance 0.01, maxValues 3". */
    public record RuleSummary(String id, String severity, String summary, String because, String parameters) {
    }

    /** The id of the claim each fact belongs to (null for none); asked of {@code facts} when it knows. */
    public FactClaims claimOfFact() {
        if (facts instanceof FactClaims known) {
            return known;
        }
        Map<String, String> claimOf = new HashMap<>();
        claims.forEach(claim -> claim.facts().forEach(fact -> claimOf.put(fact.id(), claim.id())));
        return fact -> claimOf.get(fact.id());
    }

    /** The findings of this severity that are not suppressed. */
    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity && !finding.suppressed()).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** Whether any finding fails the gate. */
    public boolean failing() {
        return findings.stream().anyMatch(gate::fails);
    }

    public Report with(List<Finding> newFindings, Gate newGate) {
        return new Report(toolVersion, generated, sources, stories, facts, claims, newFindings, problems, rules, newGate);
    }

    public Report with(List<SourceSummary> newSources, List<Story> newStories, List<Fact> newFacts,
                       List<Claim> newClaims, List<Finding> newFindings) {
        return new Report(toolVersion, generated, newSources, newStories, newFacts, newClaims, newFindings, problems,
                rules, gate);
    }
}
