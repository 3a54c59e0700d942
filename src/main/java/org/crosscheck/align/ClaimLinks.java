package org.crosscheck.align;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/**
 * Joins claims that one source itself ties together: a replacement and the value it replaced
 * ("postponed from Wednesday ... rescheduled for March 10"), an age and the person it refers back
 * to ("the 55-year-old").
 */
final class ClaimLinks {
    private static final int REVISION_REACH = 600;

    private ClaimLinks() {
    }

    /**
     * A value a source gives as the replacement ("rescheduled for March 10") belongs to the claim of
     * the value the same source says was replaced, when that comes shortly before it.
     */
    static List<List<Fact>> linkRevisions(List<List<Fact>> claims) {
        Map<Fact, List<Fact>> claimOf = claimsByFact(claims);
        for (Fact replacement : List.copyOf(claimOf.keySet())) {
            if (replacement.revision() != Fact.Revision.NEW) {
                continue;
            }
            Fact replaced = claimOf.keySet().stream()
                    .filter(old -> old.revision() == Fact.Revision.OLD && old.sourceId().equals(replacement.sourceId())
                            && old.start() < replacement.start() && replacement.start() - old.start() <= REVISION_REACH)
                    .max(Comparator.comparingInt(Fact::start)).orElse(null);
            if (replaced != null) {
                merge(claimOf, claimOf.get(replaced), claimOf.get(replacement));
            }
        }
        claims.removeIf(List::isEmpty);
        return claims;
    }

    /**
     * "The 55-year-old" with no name or noun of its own speaks of a person aged earlier in the same
     * source: the one given the same age, else the only one aged before it.
     */
    static List<List<Fact>> linkAnaphoricAges(List<List<Fact>> claims) {
        Map<Fact, List<Fact>> claimOf = claimsByFact(claims);
        for (Fact age : List.copyOf(claimOf.keySet())) {
            if (age.kind() != Kind.AGE || !anaphoric(age)) {
                continue;
            }
            List<Fact> earlier = claimOf.keySet().stream()
                    .filter(other -> other.kind() == Kind.AGE && other.sourceId().equals(age.sourceId())
                            && other.start() < age.start())
                    .toList();
            Fact antecedent = earlier.stream().filter(other -> other.overlaps(age)).findFirst()
                    .orElse(earlier.size() == 1 ? earlier.get(0) : null);
            if (antecedent != null) {
                merge(claimOf, claimOf.get(antecedent), claimOf.get(age));
            }
        }
        claims.removeIf(List::isEmpty);
        return claims;
    }

    private static boolean anaphoric(Fact age) {
        return age.subject() == null && age.sentenceBefore().toLowerCase(Locale.ROOT).endsWith("the ");
    }

    private static Map<Fact, List<Fact>> claimsByFact(List<List<Fact>> claims) {
        Map<Fact, List<Fact>> claimOf = new IdentityHashMap<>();
        claims.forEach(claim -> claim.forEach(fact -> claimOf.put(fact, claim)));
        return claimOf;
    }

    /** Moves the facts of {@code source} into {@code target}, leaving {@code source} empty. */
    private static void merge(Map<Fact, List<Fact>> claimOf, List<Fact> target, List<Fact> source) {
        if (target == source) {
            return;
        }
        target.addAll(source);
        source.forEach(fact -> claimOf.put(fact, target));
        source.clear();
        target.sort(Comparator.comparing(Fact::sourceId).thenComparingInt(Fact::start));
    }
}
