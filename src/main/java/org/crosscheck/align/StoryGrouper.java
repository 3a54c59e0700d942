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

    private static final double NAME_WEIGHT = 3;
    /** A term more stories than this share proposes no candidates (it still counts in the similarity). */
    private static final int MAX_POSTINGS = 64;
    /** Candidates scored exactly, best first by their share of rare terms. */
    private static final int SHORTLIST = 8;

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

    public List<Story> group(List<Member> members) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        members.forEach(member -> member.terms().counts().keySet()
                .forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        Map<String, List<Cluster>> index = new HashMap<>();
        for (int m = 0; m < members.size(); m++) {
            Member member = members.get(m);
            Map<String, Double> signature = signature(member.terms(), documentFrequency, members.size());
            Cluster cluster = member.declaredStory() != null ? byKey.get(member.declaredStory()) : null;
            if (cluster == null) {
                cluster = closest(signature, member.declaredStory(), index);
            }
            if (cluster == null) {
                cluster = new Cluster(clusters.size(), member.declaredStory());
                clusters.add(cluster);
            }
            if (member.declaredStory() != null) {
                cluster.key = member.declaredStory();
                byKey.put(member.declaredStory(), cluster);
            }
            for (String term : signature.keySet()) {
                if (!cluster.unitSum.containsKey(term)) {
                    List<Cluster> postings = index.computeIfAbsent(term, t -> new ArrayList<>());
                    if (postings.size() <= MAX_POSTINGS) {
                        postings.add(cluster);
                    }
                }
            }
            cluster.add(m, signature);
        }
        List<Story> stories = new ArrayList<>();
        for (Cluster cluster : clusters) {
            for (List<Integer> part : parts(cluster, members, documentFrequency)) {
                stories.add(new Story("story-" + (stories.size() + 1), part.stream().map(i -> members.get(i).sourceId()).toList()));
            }
        }
        return stories;
    }

    /** A story found by content split where it holds two look-alike events; a declared story is kept whole. */
    private List<List<Integer>> parts(Cluster cluster, List<Member> members, Map<String, Integer> documentFrequency) {
        if (cluster.key != null || cluster.members.size() < StorySplitter.MIN_SOURCES) {
            return List.of(cluster.members);
        }
        List<Map<String, Double>> signatures = cluster.members.stream()
                .map(i -> signature(members.get(i).terms(), documentFrequency, members.size())).toList();
        return splitter.split(signatures).stream()
                .map(part -> part.stream().sorted().map(cluster.members::get).toList()).toList();
    }

    private Cluster closest(Map<String, Double> signature, String key, Map<String, List<Cluster>> index) {
        Map<Cluster, Double> partial = new HashMap<>();
        signature.forEach((term, weight) -> {
            List<Cluster> postings = index.get(term);
            if (postings != null && postings.size() <= MAX_POSTINGS) {
                postings.forEach(cluster -> partial.merge(cluster, weight * cluster.unitSum.get(term) / cluster.members.size(), Double::sum));
            }
        });
        List<Cluster> shortlist = partial.entrySet().stream()
                .sorted(Map.Entry.<Cluster, Double>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().index))
                .limit(SHORTLIST).map(Map.Entry::getKey).toList();
        Cluster best = null;
        double bestScore = threshold;
        double norm = Vectors.norm(signature);
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

    private Map<String, Double> signature(Terms terms, Map<String, Integer> documentFrequency, int n) {
        Map<String, Double> weights = new HashMap<>();
        terms.counts().forEach((term, count) -> weights.put(term,
                (1 + Math.log(count)) * (Math.log((n + 1.0) / (documentFrequency.get(term) + 1.0)) + 1)
                        * (terms.names().contains(term) ? NAME_WEIGHT : 1)));
        Map<String, Double> signature = new HashMap<>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(signatureSize)
                .forEach(entry -> signature.put(entry.getKey(), entry.getValue()));
        return signature;
    }

    /** A story being built: its sources, the sum of their signatures as unit vectors, and its declared key if any. */
    private static final class Cluster {
        final int index;
        final List<Integer> members = new ArrayList<>();
        final Map<String, Double> unitSum = new HashMap<>();
        String key;

        Cluster(int index, String key) {
            this.index = index;
            this.key = key;
        }

        void add(int member, Map<String, Double> signature) {
            members.add(member);
            Vectors.addUnit(unitSum, signature);
        }

        /** The mean cosine similarity of {@code signature}, whose norm is {@code norm}, to the cluster's sources. */
        double meanSimilarity(Map<String, Double> signature, double norm) {
            return Vectors.dot(signature, unitSum) / (norm * members.size());
        }
    }
}
