package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/**
 * Groups the facts of one story into claims. Facts are compared only within a block of the same
 * kind and unit family (and, for counts, the same counted noun). Sources are taken in publication
 * order; each fact joins the most similar claim of its block that no other fact of its source has
 * taken, or opens a claim of its own. Cost grows with facts times claims per block, never with the
 * square of the corpus.
 */
public final class Aligner {
    private final double crossSourceThreshold;
    private final double sameSourceThreshold;

    public Aligner(double crossSourceThreshold, double sameSourceThreshold) {
        this.crossSourceThreshold = crossSourceThreshold;
        this.sameSourceThreshold = sameSourceThreshold;
    }

    public static Aligner defaults() {
        return new Aligner(0.35, 0.6);
    }

    /** The claims of one story; {@code sourceOrder} lists its sources, earliest published first. */
    public List<Claim> align(Story story, List<String> sourceOrder, List<Fact> facts) {
        Map<String, List<Fact>> byBlock = facts.stream().filter(fact -> !fact.ambiguous())
                .collect(Collectors.groupingBy(Aligner::block, LinkedHashMap::new, Collectors.toList()));
        List<List<Fact>> groups = new ArrayList<>();
        for (List<Fact> block : byBlock.values()) {
            groups.addAll(alignBlock(block, sourceOrder));
        }
        groups.sort(Comparator.comparing((List<Fact> group) -> group.get(0).sourceId(), Comparator.comparingInt(sourceOrder::indexOf))
                .thenComparingInt(group -> group.get(0).start()));
        List<Claim> claims = new ArrayList<>();
        for (List<Fact> group : groups) {
            Fact first = group.get(0);
            claims.add(new Claim(story.id() + ".c" + (claims.size() + 1), story.id(), first.kind(), first.unit(),
                    label(group), List.copyOf(group)));
        }
        return claims;
    }

    /** Facts that can be compared at all: same kind and unit family; counts also count the same noun. */
    static String block(Fact fact) {
        return switch (fact.kind()) {
            case DATE, TIME, DURATION, AGE -> fact.kind().id();
            default -> fact.kind().id() + ":" + Objects.toString(fact.unit(), "");
        };
    }

    private List<List<Fact>> alignBlock(List<Fact> block, List<String> sourceOrder) {
        FactSimilarity similarity = new FactSimilarity(block);
        Map<String, List<Fact>> bySource = block.stream().collect(Collectors.groupingBy(Fact::sourceId));
        List<List<Fact>> claims = new ArrayList<>();
        for (String source : sourceOrder) {
            List<Fact> incoming = bySource.getOrDefault(source, List.of());
            List<Candidate> candidates = new ArrayList<>();
            for (Fact fact : incoming) {
                for (int c = 0; c < claims.size(); c++) {
                    double score = score(similarity, fact, claims.get(c));
                    if (score > 0) {
                        candidates.add(new Candidate(fact, c, score));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                    .thenComparingInt(candidate -> candidate.fact().start()));
            Map<Fact, Integer> placed = new LinkedHashMap<>();
            Map<Integer, Fact> takenBySource = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                Fact taken = takenBySource.get(candidate.claim());
                boolean free = taken == null || taken.overlaps(candidate.fact())
                        || similarity.between(taken, candidate.fact()) >= sameSourceThreshold;
                if (!placed.containsKey(candidate.fact()) && free) {
                    placed.put(candidate.fact(), candidate.claim());
                    takenBySource.putIfAbsent(candidate.claim(), candidate.fact());
                }
            }
            List<List<Fact>> opened = new ArrayList<>();
            for (Fact fact : incoming) {
                Integer claim = placed.get(fact);
                if (claim != null) {
                    claims.get(claim).add(fact);
                } else {
                    joinOrOpen(similarity, fact, opened);
                }
            }
            claims.addAll(opened);
        }
        return claims;
    }

    /** A fact no earlier source states joins a claim opened by its own source only when nearly the same words surround it. */
    private void joinOrOpen(FactSimilarity similarity, Fact fact, List<List<Fact>> opened) {
        for (List<Fact> claim : opened) {
            double best = claim.stream().mapToDouble(member -> similarity.between(fact, member)).max().orElse(0);
            if (best >= sameSourceThreshold) {
                claim.add(fact);
                return;
            }
        }
        opened.add(new ArrayList<>(List.of(fact)));
    }

    /** The best similarity to a claim's facts from other sources, when it reaches the threshold. */
    private double score(FactSimilarity similarity, Fact fact, List<Fact> claim) {
        double best = 0;
        for (Fact member : claim) {
            double threshold = member.sourceId().equals(fact.sourceId()) ? sameSourceThreshold : crossSourceThreshold;
            double score = similarity.between(fact, member);
            if (score >= threshold) {
                best = Math.max(best, score);
            }
        }
        return best;
    }

    private record Candidate(Fact fact, int claim, double score) {
    }

    private static String label(List<Fact> facts) {
        Kind kind = facts.get(0).kind();
        if (kind == Kind.COUNT) {
            return facts.get(0).unit();
        }
        return facts.stream().map(Fact::subject).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> kind.id() + " of " + entry.getKey())
                .orElse(kind.id());
    }
}
