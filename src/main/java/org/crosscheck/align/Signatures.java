package org.crosscheck.align;

import java.util.List;

/**
 * The signature of each source in story grouping: the TF-IDF weights of its heaviest terms (names
 * weighted up), over term ranks. Worked out when asked for, not kept: a signature costs less to
 * compute than to hold for every source of a large corpus.
 */
final class Signatures {
    private static final double NAME_WEIGHT = 3;

    private final List<StoryGrouper.Member> members;
    private final int[] ranks;
    private final int size;
    /** For each term rank, its inverse document frequency plus one. */
    private final double[] idf;

    /** Signatures of {@code size} terms; {@code ranks} gives the rank of each term id. */
    Signatures(List<StoryGrouper.Member> members, int[] ranks, int size) {
        this.members = members;
        this.ranks = ranks;
        this.size = size;
        int[] documentFrequency = new int[ranks.length];
        for (StoryGrouper.Member member : members) {
            for (int id : member.terms().ids()) {
                documentFrequency[ranks[id]]++;
            }
        }
        idf = new double[ranks.length];
        for (int rank = 0; rank < idf.length; rank++) {
            idf[rank] = Math.log((members.size() + 1.0) / (documentFrequency[rank] + 1.0)) + 1;
        }
    }

    int terms() {
        return ranks.length;
    }

    /** The signature of member {@code m}: its heaviest terms, the alphabetically first on ties. */
    TermVector of(int m) {
        Terms terms = members.get(m).terms();
        int[] rank = new int[terms.size()];
        double[] weight = new double[terms.size()];
        int[] order = new int[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            rank[t] = ranks[terms.ids()[t]];
            weight[t] = (1 + Math.log(terms.counts()[t])) * idf[rank[t]] * (terms.name(t) ? NAME_WEIGHT : 1);
            order[t] = t;
        }
        sort(order, terms.size(), (a, b) -> weight[a] > weight[b] || weight[a] == weight[b] && rank[a] < rank[b]);
        int kept = Math.min(terms.size(), size);
        sort(order, kept, (a, b) -> rank[a] < rank[b]);
        int[] keptRanks = new int[kept];
        double[] keptWeights = new double[kept];
        for (int k = 0; k < kept; k++) {
            keptRanks[k] = rank[order[k]];
            keptWeights[k] = weight[order[k]];
        }
        return new TermVector(keptRanks, keptWeights);
    }

    private interface Before {
        boolean test(int a, int b);
    }

    /** Insertion sort of the first {@code length} of {@code order}: a source has a few dozen terms. */
    private static void sort(int[] order, int length, Before before) {
        for (int i = 1; i < length; i++) {
            int item = order[i];
            int j = i - 1;
            while (j >= 0 && before.test(item, order[j])) {
                order[j + 1] = order[j--];
            }
            order[j + 1] = item;
        }
    }
}
