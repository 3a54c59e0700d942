package org.crosscheck.rule;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.finding.Finding;
import org.crosscheck.source.ReadProblem;

/** Runs every rule over every claim and numbers the findings in a stable order. */
public final class RuleEngine {
    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The findings on claims, in claim order, each claim's findings in rule order. */
    public List<Finding> run(List<ClaimInContext> claims) {
        return run(claims, List.of());
    }

    /** The findings on claims as {@link #run(List)} gives them, then those on files that could not be read. */
    public List<Finding> run(List<ClaimInContext> claims, List<ReadProblem> problems) {
        List<Finding> findings = new ArrayList<>();
        for (ClaimInContext claim : claims) {
            for (Rule rule : rules) {
                for (Finding finding : Checks.named(rule.check()).run(rule, claim)) {
                    findings.add(finding.withId("F" + (findings.size() + 1)));
                }
            }
        }
        for (ReadProblem problem : problems) {
            for (Rule rule : rules) {
                for (Finding finding : Checks.named(rule.check()).onUnreadable(rule, problem)) {
                    findings.add(finding.withId("F" + (findings.size() + 1)));
                }
            }
        }
        return findings;
    }
}
