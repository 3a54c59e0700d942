package org.crosscheck.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;

/**
 * A later source gives a new value for a fact: a later-published source disagrees with an earlier
 * one, or a source says the value was replaced ("rescheduled for March 10") while another still
 * gives the old one.
 */
final class UpdateCheck implements Check {

    @Override
    public List<Finding> run(Rule rule, ClaimInContext context) {
        List<Fact> facts = context.claim().facts();
        List<Fact> current = facts.stream().filter(fact -> fact.revision() != Fact.Revision.OLD).toList();
        return Disagreement.finding(rule, "update", context, current, (a, b) -> !a.sourceId().equals(b.sourceId())
                && (publishedApart(context, a, b) || outdatedByRevision(facts, a, b)),
                involved -> Map.of("newest", newest(context, involved)));
    }

    /** The newest value: a stated replacement, else the one published last. */
    private static String newest(ClaimInContext context, List<Fact> involved) {
        Fact newest = involved.stream()
                .max(Comparator.comparing((Fact fact) -> fact.revision() == Fact.Revision.NEW)
                        .thenComparing(context::published, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow();
        return "\"" + newest.text() + "\" in " + FindingFactory.fileName(context.source(newest).path());
    }

    private static boolean publishedApart(ClaimInContext context, Fact a, Fact b) {
        LocalDate first = context.published(a);
        LocalDate second = context.published(b);
        return first != null && second != null && !first.equals(second);
    }

    /**
     * Whether one fact's source says the other fact's value was replaced: it gives its own value as a
     * replacement ("rescheduled for March 10"), or gives the other's value as an old one ("postponed
     * from Wednesday").
     */
    static boolean outdatedByRevision(List<Fact> claimFacts, Fact a, Fact b) {
        return replaces(claimFacts, a, b) || replaces(claimFacts, b, a);
    }

    private static boolean replaces(List<Fact> claimFacts, Fact replacement, Fact other) {
        return replacement.revision() == Fact.Revision.NEW || replacement.revision() != Fact.Revision.OLD && claimFacts.stream()
                .anyMatch(old -> old.revision() == Fact.Revision.OLD && old.sourceId().equals(replacement.sourceId())
                        && old.overlaps(other));
    }

    @Override
    public Set<String> parameters() {
        return Set.of("kinds", "tolerance", "maxValues");
    }
}
