package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inverted index of story grouping: for each term, the stories that hold it, while few do. It
 * proposes the stories a source is scored against: those sharing its rare terms, best first by
 * the share of the source's weight they hold.
 */
final class StoryIndex {
    /** A term more stories than this share proposes no candidates (it still counts in the similarity). */
    private static final int MAX_POSTINGS = 64;
    /** Candidates scored exactly. */
    private static final int SHORTLIST = 8;

    private final int[][] postings;
    /** Stories per term, counted up to one past {@link #MAX_POSTINGS}. */
    private final int[] sizes;
    private final double[] partial;
    private final int[] seen;
    private int round;
    private int[] touched = new int[64];

    /** An index over {@code terms} term ranks for at most {@code stories} stories. */
    StoryIndex(int terms, int stories) {
        postings = new int[terms][];
        sizes = new int[terms];
        partial = new double[stories];
        seen = new int[stories];
    }

    /** Notes the terms of {@code signature} that {@code cluster}, about to take it in, does not hold yet. */
    void add(StoryGrouper.Cluster cluster, TermVector signature) {
        for (int term : signature.terms()) {
            if (sizes[term] <= MAX_POSTINGS && !cluster.unitSum.has(term)) {
                int[] stories = postings[term];
                if (stories == null || stories.length == sizes[term]) {
                    stories = postings[term] = stories == null ? new int[2] : Arrays.copyOf(stories, Math.min(2 * stories.length, MAX_POSTINGS + 1));
                }
                stories[sizes[term]++] = cluster.index;
            }
        }
    }

    /** The stories sharing rare terms with {@code signature}, at most {@link #SHORTLIST}, best first. */
    List<StoryGrouper.Cluster> candidates(TermVector signature, List<StoryGrouper.Cluster> clusters) {
        round++;
        int count = 0;
        for (int t = 0; t < signature.size(); t++) {
            int term = signature.terms()[t];
            if (sizes[term] > MAX_POSTINGS) {
                continue;
            }
            for (int k = 0; k < sizes[term]; k++) {
                int story = postings[term][k];
                StoryGrouper.Cluster cluster = clusters.get(story);
                if (seen[story] != round) {
                    seen[story] = round;
                    partial[story] = 0;
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, 2 * count);
                    }
                    touched[count++] = story;
                }
                partial[story] += signature.weights()[t] * cluster.unitSum.weight(term) / cluster.members.size();
            }
        }
        int[] best = new int[Math.min(SHORTLIST, count)];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int story = touched[i];
            if (kept < best.length || before(story, best[kept - 1])) {
                int j = kept < best.length ? kept++ : kept - 1;
                while (j > 0 && before(story, best[j - 1])) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = story;
            }
        }
        List<StoryGrouper.Cluster> shortlist = new ArrayList<>(kept);
        for (int story : best) {
            shortlist.add(clusters.get(story));
        }
        return shortlist;
    }

    private boolean before(int a, int b) {
        int byScore = Double.compare(partial[b], partial[a]);
        return byScore < 0 || byScore == 0 && a < b;
    }
}
