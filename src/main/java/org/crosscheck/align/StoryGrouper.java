package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups sources into stories. Sources with the same {@code story} key belong together; every
 * other source joins the story whose sources its distinctive terms (TF-IDF, names weighted up)
 * resemble most on average, or starts a story of its own. The mean similarity to a story's sources
 * (average linkage) does not drift as a story grows, where the similarity to its centroid would: in
 * a centroid the words of a kind ("earthquake", "revenue") add up over every source while each
 * event's names do not, so a story that once took in a look-alike event would pull in every story
 * of its kind. An inverted index over the stories' terms proposes the candidates: only terms few
 * stories share propose, so a source is scored against the handful of stories it shares rare terms
 * with, never against all, however many stories look alike.
 */
public final class StoryGrouper {
    /** What grouping needs of a source: its id, its declared story (or null) and its terms. */
    public record Member(String sourceId, String declaredStory, Terms terms) {
    }

    private final double threshold;
    private final int signatureSize;
    /** Chosen on the odd-numbered ECB+ topics: look-alike events there separate at 0.51 and below, single events at 0.56 and above. */
    private static final double MAX_SEPARATION = 0.53;
    private final StorySplitter splitter = new StorySplitter(MAX_SEPARATION);

    public StoryGrouper(double threshold, int signatureSize) {
        this.threshold = threshold;
        this.signatureSize = signatureSize;
    }

    public static StoryGrouper defaults() {
        return new StoryGrouper(0.15, 40);
    }

    /** The stories of {@code members}, whose terms are ids of {@code dictionary}. */
    public List<Story> group(List<Member> members, TermDictionary dictionary) {
        Signatures signatures = new Signatures(members, dictionary.alphabeticalRanks(), signatureSize);
        StoryIndex index = new StoryIndex(signatures.terms(), members.size());
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            String key = members.get(m).declaredStory();
            TermVector signature = signatures.of(m);
            Cluster cluster = key != null ? byKey.get(key) : null;
            if (cluster == null) {
                cluster = closest(signature, key, index.candidates(signature, clusters));
            }
            if (cluster == null) {
                cluster = new Cluster(clusters.size(), key);
                clusters.add(cluster);
            }
            if (key != null) {
                cluster.key = key;
                byKey.put(key, cluster);
            }
            index.add(cluster, signature);
            cluster.add(m, signature);
        }
        List<List<List<Integer>>> parts = clusters.parallelStream().map(cluster -> parts(cluster, signatures)).toList();
        List<Story> stories = new ArrayList<>();
        parts.forEach(clusterParts -> clusterParts.forEach(part -> stories.add(new Story("story-" + (stories.size() + 1),
                part.stream().map(i -> members.get(i).sourceId()).toList()))));
        return stories;
    }

    /** A story found by content split where it holds two look-alike events; a declared story is kept whole. */
    private List<List<Integer>> parts(Cluster cluster, Signatures signatures) {
        if (cluster.key != null || cluster.members.size() < StorySplitter.MIN_SOURCES) {
            return List.of(cluster.members);
        }
        return splitter.split(cluster.members.stream().map(signatures::of).toList()).stream()
                .map(part -> part.stream().sorted().map(cluster.members::get).toList()).toList();
    }

    private Cluster closest(TermVector signature, String key, List<Cluster> shortlist) {
        Cluster best = null;
        double bestScore = threshold;
        double norm = signature.norm();
        for (Cluster candidate : shortlist) {
            boolean keysClash = key != null && candidate.key != null && !key.equals(candidate.key);
            double score = candidate.meanSimilarity(signature, norm);
            if (!keysClash && score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** A story being built: its sources, the sum of their signatures as unit vectors, and its declared key if any. */
    static final class Cluster {
        final int index;
        final List<Integer> members = new ArrayList<>();
        TermVector unitSum = TermVector.EMPTY;
        String key;

        Cluster(int index, String key) {
            this.index = index;
            this.key = key;
        }

        void add(int member, TermVector signature) {
            members.add(member);
            unitSum = unitSum.plus(signature, signature.norm());
        }

        /** The mean cosine similarity of {@code signature}, whose norm is {@code norm}, to the cluster's sources. */
        double meanSimilarity(TermVector signature, double norm) {
            return signature.dot(unitSum) / (norm * members.size());
        }
    }
}
