package org.crosscheck.align;

import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** How two facts of one source relate when their values differ: a restatement, or a part of a whole. */
final class SameSource {
    /** How well other sources must bear a fact out as a claim's. */
    private static final double SUPPORTED = 0.45;
    /** How close its clause must still be to the source's first fact of that claim. */
    private static final double RESTATED = 0.35;

    private SameSource() {
    }

    /**
     * Whether a second fact of one source restates, with another value, the figure the source's
     * first fact gave for a claim: other sources' facts bear it out as that claim's
     * ({@code support}), and its own clause is still close to the first one's ("a 9.6% rise in
     * profit" ... "the 6.9% rise in profit").
     */
    static boolean restates(double support, Fact fact, Fact first, FactSimilarity.Score score) {
        return support >= SUPPORTED && score.local() && score.value() >= RESTATED && !narrower(fact, first);
    }

    /**
     * Whether the later of two counts or sums of one source names something the earlier one's
     * sentence does not ("Eleven people died ... In Shkoder, 4 people died"): a part of the earlier
     * figure.
     */
    static boolean narrower(Fact a, Fact b) {
        if (a.kind() != Kind.COUNT && a.kind() != Kind.MONEY) {
            return false;
        }
        Fact later = a.start() > b.start() ? a : b;
        Fact earlier = later == a ? b : a;
        return later.context().stream().anyMatch(word -> Character.isUpperCase(word.charAt(0))
                && earlier.context().stream().noneMatch(word::equalsIgnoreCase));
    }
}
