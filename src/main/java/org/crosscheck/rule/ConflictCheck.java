package org.crosscheck.rule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;

/**
 * Sources published the same day give values for one fact that cannot both be true. Values a
 * source itself marks as replaced ("postponed from Wednesday") are not compared.
 */
final class ConflictCheck implements Check {

    @Override
    public List<Finding> run(Rule rule, ClaimInContext context) {
        List<Fact> current = context.claim().facts().stream()
                .filter(fact -> fact.revision() != Fact.Revision.OLD).toList();
        return Disagreement.finding(rule, "conflict", context, current,
                (a, b) -> !a.sourceId().equals(b.sourceId())
                        && Objects.equals(context.published(a), context.published(b))
                        && !UpdateCheck.outdatedByRevision(context.claim().facts(), a, b),
                involved -> Map.of());
    }

    @Override
    public Set<String> parameters() {
        return Set.of("kinds", "tolerance", "maxValues");
    }
}
