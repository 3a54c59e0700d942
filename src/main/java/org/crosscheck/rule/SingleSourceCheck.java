package org.crosscheck.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;

/**
 * A fact that fewer than {@code minSources} independent sources state (copies of one text count
 * once), in a story that other sources cover too: a fact-checker knows it is uncorroborated.
 */
final class SingleSourceCheck implements Check {

    @Override
    public List<Finding> run(Rule rule, ClaimInContext context) {
        if (!rule.appliesTo(context.claim().kind()) || context.storySources() < 2) {
            return List.of();
        }
        long independent = context.claim().facts().stream()
                .map(fact -> context.source(fact).family()).distinct().count();
        if (independent >= rule.parameters().minSourcesOr(2)) {
            return List.of();
        }
        List<Fact> facts = context.claim().facts();
        return List.of(FindingFactory.finding(rule, "single-source", context, facts, false,
                Map.of("source", FindingFactory.fileName(context.source(facts.get(0)).path()))));
    }

    @Override
    public Set<String> parameters() {
        return Set.of("kinds", "minSources");
    }
}
