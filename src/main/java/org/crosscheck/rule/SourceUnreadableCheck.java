package org.crosscheck.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.finding.Finding;
import org.crosscheck.source.ReadProblem;

/** A file that could not be read as a source, or only with bytes replaced: one finding naming the file and why. */
final class SourceUnreadableCheck implements Check {

    @Override
    public List<Finding> run(Rule rule, ClaimInContext claim) {
        return List.of();
    }

    @Override
    public List<Finding> onUnreadable(Rule rule, ReadProblem problem) {
        String message = FindingFactory.fill(rule.message(), Map.of("path", problem.path(), "reason", problem.reason(),
                "line", String.valueOf(problem.line())));
        return List.of(new Finding(null, rule.id(), rule.severity(), "source-unreadable", message, null, null, List.of(),
                false, problem));
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }
}
