package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups sources into stories: by the {@code story} key where a source has one, otherwise by
 * content. Each source keeps only its most distinctive terms; an inverted index over them proposes
 * the pairs worth comparing, so no source is compared with every other.
 */
public final class StoryGrouper {
    /** What grouping needs of a source: its id, its declared story (or null) and its term counts. */
    public record Member(String sourceId, String declaredStory, Map<String, Integer> terms) {
    }

    private final double threshold;
    private final int signatureSize;
    private final double maxPostingShare;

    public StoryGrouper(double threshold, int signatureSize, double maxPostingShare) {
        this.threshold = threshold;
        this.signatureSize = signatureSize;
        this.maxPostingShare = maxPostingShare;
    }

    public static StoryGrouper defaults() {
        return new StoryGrouper(0.2, 40, 0.5);
    }

    public List<Story> group(List<Member> members) {
        int n = members.size();
        Map<String, Integer> documentFrequency = new HashMap<>();
        members.forEach(member -> member.terms().keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
        List<Map<String, Double>> signatures = new ArrayList<>();
        for (Member member : members) {
            signatures.add(signature(member.terms(), documentFrequency, n));
        }
        UnionFind union = new UnionFind(members.stream().map(Member::declaredStory).toList());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String key = members.get(i).declaredStory();
            if (key != null) {
                Integer first = firstWithKey.putIfAbsent(key, i);
                if (first != null) {
                    union.join(first, i);
                }
            }
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String term : signatures.get(i).keySet()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        int maxPostings = Math.max(2, (int) Math.ceil(n * maxPostingShare));
        for (int i = 0; i < n; i++) {
            for (int j : candidates(signatures.get(i), postings, maxPostings, i)) {
                if (!union.keysClash(i, j) && cosine(signatures.get(i), signatures.get(j)) >= threshold) {
                    union.join(i, j);
                }
            }
        }
        return stories(members, union);
    }

    private Map<String, Double> signature(Map<String, Integer> terms, Map<String, Integer> documentFrequency, int n) {
        Map<String, Double> weights = new HashMap<>();
        terms.forEach((term, count) -> weights.put(term,
                (1 + Math.log(count)) * (Math.log((n + 1.0) / (documentFrequency.get(term) + 1.0)) + 1)));
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(signatureSize)
                .collect(HashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), HashMap::putAll);
    }

    private static List<Integer> candidates(Map<String, Double> signature, Map<String, List<Integer>> postings,
                                            int maxPostings, int self) {
        Map<Integer, Integer> shared = new TreeMap<>();
        for (String term : signature.keySet()) {
            List<Integer> posting = postings.get(term);
            if (posting.size() <= maxPostings || postings.size() < 2) {
                posting.stream().filter(other -> other > self).forEach(other -> shared.merge(other, 1, Integer::sum));
            }
        }
        return new ArrayList<>(shared.keySet());
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        double norm = norm(a) * norm(b);
        return norm == 0 ? 0 : dot / norm;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    }

    private static List<Story> stories(List<Member> members, UnionFind union) {
        Map<Integer, List<String>> byRoot = new TreeMap<>();
        for (int i = 0; i < members.size(); i++) {
            byRoot.computeIfAbsent(union.root(i), r -> new ArrayList<>()).add(members.get(i).sourceId());
        }
        List<List<String>> groups = new ArrayList<>(byRoot.values());
        groups.sort(Comparator.comparing(group -> group.get(0)));
        List<Story> stories = new ArrayList<>();
        for (List<String> group : groups) {
            stories.add(new Story("story-" + (stories.size() + 1), List.copyOf(group)));
        }
        return stories;
    }

    /** Disjoint sets of source indexes; each set remembers the story key of any member that has one. */
    private static final class UnionFind {
        private final int[] parent;
        private final String[] key;

        UnionFind(List<String> declaredKeys) {
            parent = new int[declaredKeys.size()];
            key = declaredKeys.toArray(String[]::new);
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int rootA = root(a);
            int rootB = root(b);
            if (rootA != rootB) {
                int kept = Math.min(rootA, rootB);
                int merged = Math.max(rootA, rootB);
                parent[merged] = kept;
                key[kept] = key[kept] != null ? key[kept] : key[merged];
            }
        }

        /** Whether joining would put two different declared stories together. */
        boolean keysClash(int a, int b) {
            String keyA = key[root(a)];
            String keyB = key[root(b)];
            return keyA != null && keyB != null && !keyA.equals(keyB);
        }
    }
}
