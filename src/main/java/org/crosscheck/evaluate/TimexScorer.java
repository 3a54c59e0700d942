package org.crosscheck.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crosscheck.evaluate.TimeMlDocument.Timex;
import org.crosscheck.evaluate.TimeMlEvaluation.Counts;

/**
 * Pairs system TIMEX3s with gold ones, each at most once: first the pairs with identical spans
 * (strict matches), then, gold by gold in order of end offset, the overlapping system annotation
 * that ends first (relaxed matches). Counts go to the gold type; an unmatched system annotation
 * counts under its own type.
 */
final class TimexScorer {
    static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    private TimexScorer() {
    }

    /** Counts per TIMEX3 type, in the order DATE, TIME, DURATION, SET, then any other type. */
    static Map<String, Counts> score(List<Timex> gold, List<Timex> system) {
        int[] partner = partners(gold, system);
        Map<String, Counts> counts = new LinkedHashMap<>();
        TYPES.forEach(type -> counts.put(type, Counts.ZERO));
        for (int g = 0; g < gold.size(); g++) {
            Timex expected = gold.get(g);
            Timex found = partner[g] < 0 ? null : system.get(partner[g]);
            boolean strict = found != null && found.start() == expected.start() && found.end() == expected.end();
            boolean value = found != null && TimexValues.equivalent(expected.value(), found.value());
            counts.merge(expected.type(), new Counts(1, found == null ? 0 : 1, strict ? 1 : 0, found == null ? 0 : 1,
                    value ? 1 : 0), Counts::plus);
        }
        for (int s = 0; s < system.size(); s++) {
            if (!taken(partner, s)) {
                counts.merge(system.get(s).type(), new Counts(0, 1, 0, 0, 0), Counts::plus);
            }
        }
        return counts;
    }

    /**
     * One line per miss ({@code -}), spurious annotation ({@code +}), span difference ({@code ~})
     * and wrong value ({@code !}), quoting {@code text}.
     */
    static List<String> errors(List<Timex> gold, List<Timex> system, String text) {
        int[] partner = partners(gold, system);
        List<String> errors = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            Timex expected = gold.get(g);
            Timex found = partner[g] < 0 ? null : system.get(partner[g]);
            if (found == null) {
                errors.add("- " + describe(expected, text));
            } else if (!TimexValues.equivalent(expected.value(), found.value())) {
                errors.add("! " + describe(expected, text) + " got " + describe(found, text));
            } else if (found.start() != expected.start() || found.end() != expected.end()) {
                errors.add("~ " + describe(expected, text) + " got " + describe(found, text));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (!taken(partner, s)) {
                errors.add("+ " + describe(system.get(s), text));
            }
        }
        return errors;
    }

    private static String describe(Timex timex, String text) {
        return "\"" + text.substring(timex.start(), timex.end()) + "\" " + timex.type() + " " + timex.value();
    }

    private static boolean taken(int[] partner, int system) {
        return Arrays.stream(partner).anyMatch(p -> p == system);
    }

    /** For each gold annotation, the index of its system partner, or -1. */
    private static int[] partners(List<Timex> gold, List<Timex> system) {
        int[] partner = new int[gold.size()];
        boolean[] taken = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            partner[g] = pair(gold.get(g), system, taken, true);
        }
        List<Integer> byEnd = IntStream.range(0, gold.size()).boxed()
                .sorted(Comparator.comparingInt((Integer g) -> gold.get(g).end()).thenComparingInt(g -> gold.get(g).start()))
                .toList();
        for (int g : byEnd) {
            if (partner[g] < 0) {
                partner[g] = pair(gold.get(g), system, taken, false);
            }
        }
        return partner;
    }

    /** The index of the free system annotation to pair with {@code gold}, now taken; -1 when there is none. */
    private static int pair(Timex gold, List<Timex> system, boolean[] taken, boolean exact) {
        int best = -1;
        for (int s = 0; s < system.size(); s++) {
            Timex candidate = system.get(s);
            boolean fits = exact ? candidate.start() == gold.start() && candidate.end() == gold.end()
                    : candidate.start() < gold.end() && gold.start() < candidate.end();
            if (!taken[s] && fits && (best < 0 || endsEarlier(candidate, system.get(best)))) {
                best = s;
            }
        }
        if (best >= 0) {
            taken[best] = true;
        }
        return best;
    }

    private static boolean endsEarlier(Timex a, Timex b) {
        return a.end() < b.end() || (a.end() == b.end() && a.start() < b.start());
    }
}
