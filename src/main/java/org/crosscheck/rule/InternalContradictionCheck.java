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
        List<Fact> plain = context.claim().facts().stream()
                .filter(fact -> fact.revision() == Fact.Revision.NONE).toList();
        return Disagreement.finding(rule, "internal", context, plain, (a, b) -> a.sourceId().equals(b.sourceId()),
                involved -> Map.of());
    }

    @Override
    public Set<String> parameters() {
        return Set.of("kinds", "tolerance", "maxValues");
    }
}
