package org.crosscheck.align;

import java.util.Arrays;
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
        int count = terms.size();
        long[] byRank = new long[count];
        double[] weight = new double[count];
        for (int t = 0; t < count; t++) {
            int rank = ranks[terms.ids()[t]];
            weight[t] = (1 + Math.log(terms.counts()[t])) * idf[rank] * (terms.name(t) ? NAME_WEIGHT : 1);
            byRank[t] = (long) rank << 32 | t;
        }
        Arrays.sort(byRank);
        int kept = Math.min(count, size);
        double[] heaviest = weight.clone();
        Arrays.sort(heaviest);
        double lightestKept = kept == 0 ? 0 : heaviest[count - kept];
        int tiesKept = kept;
        for (double w : heaviest) {
            tiesKept -= w > lightestKept ? 1 : 0;
        }
        int[] keptRanks = new int[kept];
        double[] keptWeights = new double[kept];
        int k = 0;
        for (long entry : byRank) {
            double w = weight[(int) entry];
            if (w > lightestKept || w == lightestKept && tiesKept-- > 0) {
                keptRanks[k] = (int) (entry >>> 32);
                keptWeights[k++] = w;
            }
        }
        return new TermVector(keptRanks, keptWeights);
    }
}
