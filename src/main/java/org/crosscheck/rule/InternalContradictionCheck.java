package org.crosscheck.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;

/** One source gives two values for one fact that cannot both be true, without saying one replaced the other. */
final class InternalContradictionCheck implements Check {

    @Override
    public List<Finding> run(Rule rule, ClaimInContext context) {
        if (!rule.appliesTo(context.claim().kind())) {
            return List.of();
        }
        List<Fact> plain = context.claim().facts().stream()
                .filter(fact -> fact.revision() == Fact.Revision.NONE).toList();
        List<Fact[]> pairs = Disagreement.pairs(plain, rule.parameters().toleranceOr(0),
                (a, b) -> a.sourceId().equals(b.sourceId()));
        if (pairs.isEmpty()) {
            return List.of();
        }
        boolean nearMiss = pairs.stream().anyMatch(pair -> Disagreement.nearMiss(pair[0], pair[1]));
        return List.of(FindingFactory.finding(rule, "internal", context,
                Disagreement.involved(context.claim().facts(), pairs), nearMiss, Map.of()));
    }

    @Override
    public Set<String> parameters() {
        return Set.of("kinds", "tolerance");
    }
}
