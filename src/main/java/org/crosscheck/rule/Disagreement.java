package org.crosscheck.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.crosscheck.align.Typos;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** Pairs of facts in a claim whose values cannot both be true. */
final class Disagreement {
    private static final double WEEK_DAYS = 7;
    private static final double MINUTES_PER_DAY = 24 * 60;
    private Disagreement() {
    }

    /** Whether two facts' intervals stay apart even when each is widened by the relative tolerance. */
    static boolean incompatible(Fact a, Fact b, double tolerance) {
        if (a.kind() == Kind.TIME && !a.unit().equals(b.unit())) {
            return false;
        }
        return widenedHigh(a, tolerance) < widenedLow(b, tolerance) || widenedHigh(b, tolerance) < widenedLow(a, tolerance);
    }

    private static double widenedHigh(Fact fact, double tolerance) {
        return fact.kind().temporal() ? fact.high() : fact.high() + Math.abs(fact.high()) * tolerance;
    }

    private static double widenedLow(Fact fact, double tolerance) {
        return fact.kind().temporal() ? fact.low() : fact.low() - Math.abs(fact.low()) * tolerance;
    }

    /**
     * Whether two dates or times lie more than a week apart: further than a weekday or "today" can
     * move when the publication date it was resolved against is only borrowed.
     */
    private static boolean apartBeyondAWeek(Fact a, Fact b) {
        double week = a.kind() == Kind.TIME ? WEEK_DAYS * MINUTES_PER_DAY : WEEK_DAYS;
        return Math.max(a.low() - b.high(), b.low() - a.high()) > week;
    }

    /** Every incompatible pair the filter admits, each pair once, earlier fact first. */
    static List<Fact[]> pairs(List<Fact> facts, double tolerance, BiPredicate<Fact, Fact> admit) {
        List<Fact[]> pairs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            for (int j = i + 1; j < facts.size(); j++) {
                Fact a = facts.get(i);
                Fact b = facts.get(j);
                if (admit.test(a, b) && incompatible(a, b, tolerance)) {
                    pairs.add(new Fact[] {a, b});
                }
            }
        }
        return pairs;
    }

    /**
     * The finding of {@code category} on the incompatible pairs among {@code candidates} that
     * {@code admit} accepts, citing every fact they involve; none when there is no such pair, or
     * when a day of one source was resolved against a borrowed publication date and lies within a
     * week of the other's value, or
     * when the facts give more than the rule's {@code maxValues} values (more likely several facts
     * lumped together than one disagreement).
     */
    static List<org.crosscheck.finding.Finding> finding(Rule rule, String category, ClaimInContext context,
                                                          List<Fact> candidates, BiPredicate<Fact, Fact> admit,
                                                          Function<List<Fact>, Map<String, String>> extra) {
        if (!rule.appliesTo(context.claim().kind())) {
            return List.of();
        }
        BiPredicate<Fact, Fact> onFirmGround = (a, b) -> a.sourceId().equals(b.sourceId())
                || !context.guessedDay(a) && !context.guessedDay(b) || apartBeyondAWeek(a, b);
        List<Fact[]> pairs = pairs(candidates, rule.parameters().toleranceOr(0), admit.and(onFirmGround));
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Fact> involved = involved(context.claim().facts(), pairs);
        if (distinctValues(involved) > rule.parameters().maxValuesOr(Integer.MAX_VALUE)) {
            return List.of();
        }
        boolean nearMiss = pairs.stream().anyMatch(pair -> nearMiss(pair[0], pair[1]));
        return List.of(FindingFactory.finding(rule, category, context, involved, nearMiss, extra.apply(involved)));
    }

    /** How many values the facts give, counting values whose intervals overlap as one. */
    static int distinctValues(List<Fact> facts) {
        List<Fact> representatives = new ArrayList<>();
        for (Fact fact : facts) {
            if (representatives.stream().noneMatch(fact::overlaps)) {
                representatives.add(fact);
            }
        }
        return representatives.size();
    }

    /** The facts the pairs involve, in claim order. */
    static List<Fact> involved(List<Fact> claimFacts, List<Fact[]> pairs) {
        Set<Fact> seen = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            seen.add(pair[0]);
            seen.add(pair[1]);
        });
        return claimFacts.stream().filter(seen::contains).toList();
    }

    /** Whether two written numbers look like a typo of each other: swapped digits, or one digit off. */
    static boolean nearMiss(Fact a, Fact b) {
        return Typos.alike(a.text(), b.text());
    }
}
