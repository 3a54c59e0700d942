package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The second stage of story grouping: tells apart two events of one kind that the first stage
 * merged because they share the words of their kind ("pirates", "Gulf of Aden", "navy"). Within a
 * story the words every source shares weigh nothing, so a two-means split over the remaining words
 * finds the two groups that differ most (one ship's name against another's); the groups are then
 * settled on the sources' whole signatures, and the story is split when sources resemble the other
 * group much less than their own. Each part is tried again. Cost is linear in the story's sources.
 */
final class StorySplitter {
    /** Stories with fewer sources are kept whole: too few to tell two events from one story's variety. */
    static final int MIN_SOURCES = 4;
    private static final int ROUNDS = 8;

    private final double maxSeparation;

    /**
     * {@code maxSeparation}: a split is made when the mean similarity between the groups' sources is at
     * most this share of the mean similarity within them.
     */
    StorySplitter(double maxSeparation) {
        this.maxSeparation = maxSeparation;
    }

    /** The groups of {@code signatures}, as indices; one group holding all when they are one story. */
    List<List<Integer>> split(List<TermVector> signatures) {
        List<List<Integer>> done = new ArrayList<>();
        List<List<Integer>> pending = new ArrayList<>();
        pending.add(IntStream.range(0, signatures.size()).boxed().toList());
        while (!pending.isEmpty()) {
            List<Integer> group = pending.remove(pending.size() - 1);
            List<List<Integer>> parts = group.size() < MIN_SOURCES ? null : bisect(group.stream().map(signatures::get).toList());
            if (parts == null) {
                done.add(group);
            } else {
                parts.forEach(part -> pending.add(part.stream().map(group::get).toList()));
            }
        }
        return done;
    }

    /** Two groups of {@code vectors} (indices), or null to keep them together. */
    private List<List<Integer>> bisect(List<TermVector> vectors) {
        List<List<Integer>> parts = twoMeans(distinctive(vectors));
        if (parts == null) {
            return null;
        }
        parts = nearest(vectors, sum(vectors, parts.get(0)), sum(vectors, parts.get(1)));
        if (parts.get(0).size() < 2 || parts.get(1).size() < 2) {
            return null;
        }
        double within = Math.sqrt(cohesion(vectors, parts.get(0)) * cohesion(vectors, parts.get(1)));
        double between = unitSum(vectors, parts.get(0)).dot(unitSum(vectors, parts.get(1)))
                / (parts.get(0).size() * (double) parts.get(1).size());
        return between <= maxSeparation * within ? parts : null;
    }

    private static List<List<Integer>> twoMeans(List<TermVector> vectors) {
        int first = farthest(vectors, sum(vectors, IntStream.range(0, vectors.size()).boxed().toList()), -1);
        int second = farthest(vectors, vectors.get(first), first);
        List<List<Integer>> parts = List.of(List.of(first), List.of(second));
        for (int round = 0; round < ROUNDS; round++) {
            parts = nearest(vectors, sum(vectors, parts.get(0)), sum(vectors, parts.get(1)));
            if (parts.get(0).isEmpty() || parts.get(1).isEmpty()) {
                return null;
            }
        }
        return parts;
    }

    private static List<List<Integer>> nearest(List<TermVector> vectors, TermVector a, TermVector b) {
        List<Integer> nearA = new ArrayList<>();
        List<Integer> nearB = new ArrayList<>();
        double normA = a.norm();
        double normB = b.norm();
        for (int i = 0; i < vectors.size(); i++) {
            boolean closerToA = vectors.get(i).dot(a) * normB >= vectors.get(i).dot(b) * normA;
            (closerToA ? nearA : nearB).add(i);
        }
        return List.of(nearA, nearB);
    }

    /** Each vector weighted by how few of the group share each term; terms of one source or of all are left out. */
    private static List<TermVector> distinctive(List<TermVector> vectors) {
        Map<Integer, Integer> frequency = new HashMap<>();
        vectors.forEach(vector -> Arrays.stream(vector.terms()).forEach(term -> frequency.merge(term, 1, Integer::sum)));
        int n = vectors.size();
        List<TermVector> distinctive = new ArrayList<>();
        for (TermVector vector : vectors) {
            int[] terms = new int[vector.size()];
            double[] weights = new double[vector.size()];
            int kept = 0;
            for (int t = 0; t < vector.size(); t++) {
                int shared = frequency.get(vector.terms()[t]);
                if (shared > 1 && shared < n) {
                    terms[kept] = vector.terms()[t];
                    weights[kept++] = vector.weights()[t] * Math.log((double) n / shared);
                }
            }
            distinctive.add(new TermVector(Arrays.copyOf(terms, kept), Arrays.copyOf(weights, kept)));
        }
        return distinctive;
    }

    private static int farthest(List<TermVector> vectors, TermVector from, int not) {
        int farthest = not == 0 ? 1 : 0;
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < vectors.size(); i++) {
            double norm = vectors.get(i).norm();
            double similarity = norm == 0 ? 0 : vectors.get(i).dot(from) / norm;
            if (i != not && similarity < lowest) {
                lowest = similarity;
                farthest = i;
            }
        }
        return farthest;
    }

    /** Mean cosine of the distinct pairs of {@code which}, from the sum of their unit vectors. */
    private static double cohesion(List<TermVector> vectors, List<Integer> which) {
        double norm = unitSum(vectors, which).norm();
        int n = which.size();
        return (norm * norm - n) / (n * (n - 1.0));
    }

    private static TermVector unitSum(List<TermVector> vectors, List<Integer> which) {
        return TermVector.sum(which.stream().map(vectors::get).toList(), true);
    }

    private static TermVector sum(List<TermVector> vectors, List<Integer> which) {
        return TermVector.sum(which.stream().map(vectors::get).toList(), false);
    }
}
