package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
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
    /**
     * What more two disagreeing dates of different granularity need: a month or year beside a day
     * is mostly background ("since December", "at June prices"), not the same date told twice.
     */
    private static final double OTHER_GRANULARITY = 0.15;
    private static final double FAR_APART_THRESHOLD = 0.75;
    private static final double FAR_RATIO = 3;
    private static final double FAR_MIN_DIFFERENCE = 3;
    private static final double FAR_DAYS = 92;
    private static final double FAR_MINUTES = 36 * 60;
    private static final double COUNTERPARTS_THRESHOLD = 0.25;
    /** How far below its own threshold a disagreeing member may fall when the fact joins another member of the claim. */
    private static final double CLAIM_SLACK = 0.1;

    /** A count of how many more ("two more victims"), which no total contradicts. */
    private static final Pattern INCREMENT = Pattern.compile("(?i)\\b(?:more(?!\\s+than)|additional|further|extra)\\b");

    private final double agreeingThreshold;
    private final double disagreeingThreshold;
    private final double disagreeingDatesThreshold;
    private final double disagreeingAcrossDaysThreshold;
    private final double sameSourceThreshold;

    /**
     * Facts of different sources join when their similarity reaches {@code agreeingThreshold}, or the
     * higher {@code disagreeingThreshold} when their values cannot both be true: a false conflict
     * costs a reader more than a missed agreement. Disagreeing dates (a story names many days) and
     * disagreeing values from sources published on different days (a later article mostly adds new
     * facts) need more, unless one of them is announced as a replacement ("rescheduled for March
     * 10"). Facts of one source need {@code sameSourceThreshold}.
     */
    public Aligner(double agreeingThreshold, double disagreeingThreshold, double disagreeingDatesThreshold,
                   double disagreeingAcrossDaysThreshold, double sameSourceThreshold) {
        this.agreeingThreshold = agreeingThreshold;
        this.disagreeingThreshold = disagreeingThreshold;
        this.disagreeingDatesThreshold = disagreeingDatesThreshold;
        this.disagreeingAcrossDaysThreshold = disagreeingAcrossDaysThreshold;
        this.sameSourceThreshold = sameSourceThreshold;
    }

    public static Aligner defaults() {
        return new Aligner(0.35, 0.4, 0.6, 0.5, 0.6);
    }

    /** The claims of one story; {@code sourceOrder} lists its sources, earliest published first. */
    public List<Claim> align(Story story, List<String> sourceOrder, List<Fact> facts) {
        return align(story, sourceOrder, Map.of(), facts);
    }

    /**
     * The claims of one story; {@code sourceOrder} lists its sources, earliest published first, and
     * {@code published} gives their publication dates where known.
     */
    public List<Claim> align(Story story, List<String> sourceOrder, Map<String, LocalDate> published,
                             List<Fact> extracted) {
        List<Fact> elided = ElidedNouns.resolve(extracted);
        NamedThings names = NamedThings.of(elided); // the names of the story's sentences, which the steps below keep
        List<Fact> facts = AttributionPeriods.strip(NamedFigures.resolve(elided, names));
        Map<String, List<Fact>> byBlock = facts.stream().filter(fact -> !fact.ambiguous() && !Incidental.incidental(fact))
                .collect(Collectors.groupingBy(Aligner::block, LinkedHashMap::new, Collectors.toList()));
        List<List<Fact>> groups = new ArrayList<>();
        Map<String, Double> rarity = FactSimilarity.rarity(facts);
        OwnedCues cues = OwnedCues.of(facts);
        for (List<Fact> block : byBlock.values()) {
            groups.addAll(alignBlock(new FactSimilarity(block, rarity, names, cues), block, sourceOrder, published));
        }
        groups.sort(Comparator.comparing((List<Fact> group) -> group.get(0).sourceId(), Comparator.comparingInt(sourceOrder::indexOf))
                .thenComparingInt(group -> group.get(0).start()));
        List<Claim> claims = new ArrayList<>();
        for (List<Fact> group : groups) {
            Fact first = group.get(0);
            claims.add(new Claim(story.id() + ".c" + (claims.size() + 1), story.id(), first.kind(), first.unit(),
                    ClaimLabels.of(group), List.copyOf(group)));
        }
        return claims;
    }

    /**
     * Facts that can be compared at all: same kind and unit family; counts also count the same noun,
     * or one of its class, and an increment is compared only with increments.
     */
    static String block(Fact fact) {
        return switch (fact.kind()) {
            case DATE, TIME, DURATION, AGE -> fact.kind().id();
            case COUNT -> fact.kind().id() + ":" + CountedNouns.classOf(fact.unit())
                    + (INCREMENT.matcher(fact.text()).find() ? "+more" : "");
            default -> fact.kind().id() + ":" + Objects.toString(fact.unit(), "");
        };
    }

    private List<List<Fact>> alignBlock(FactSimilarity similarity, List<Fact> block, List<String> sourceOrder,
                                        Map<String, LocalDate> published) {
        Map<String, List<Fact>> bySource = block.stream().collect(Collectors.groupingBy(Fact::sourceId));
        List<List<Fact>> claims = new ArrayList<>();
        for (String source : sourceOrder) {
            List<Fact> incoming = bySource.getOrDefault(source, List.of());
            List<Candidate> candidates = new ArrayList<>();
            for (Fact fact : incoming) {
                for (int c = 0; c < claims.size(); c++) {
                    Candidate candidate = candidate(similarity, fact, c, claims.get(c), published);
                    if (candidate != null) {
                        candidates.add(candidate);
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::margin).reversed()
                    .thenComparingInt(candidate -> candidate.fact().start()));
            Map<Fact, Integer> placed = new IdentityHashMap<>();
            Map<Integer, Fact> takenBySource = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                Fact taken = takenBySource.get(candidate.claim());
                boolean free = taken == null || taken.overlaps(candidate.fact())
                        || joins(candidate.fact(), taken, similarity.between(candidate.fact(), taken), published)
                        || SameSource.restates(candidate.score(), candidate.fact(), taken,
                                similarity.between(candidate.fact(), taken));
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
                    joinOrOpen(similarity, fact, opened, published);
                }
            }
            claims.addAll(opened);
        }
        return ClaimLinks.linkAnaphoricAges(ClaimLinks.linkRevisions(claims));
    }

    /** A fact no earlier source states joins a claim opened by its own source only when nearly the same words surround it. */
    private void joinOrOpen(FactSimilarity similarity, Fact fact, List<List<Fact>> opened,
                            Map<String, LocalDate> published) {
        for (List<Fact> claim : opened) {
            if (claim.stream().anyMatch(member -> joins(fact, member, similarity.between(fact, member), published))) {
                claim.add(fact);
                return;
            }
        }
        opened.add(new ArrayList<>(List.of(fact)));
    }

    /**
     * The best similarity to a claim's facts among those the fact may join, and by how much it
     * clears the threshold that pair needs (an agreeing pair needs less evidence than a disagreeing
     * one, so an agreeing counterpart wins over a slightly more similar disagreeing one); none when
     * the fact disagrees with a member it could not join directly: agreeing steps must not chain two
     * disagreeing values into one claim.
     */
    private Candidate candidate(FactSimilarity similarity, Fact fact, int index, List<Fact> claim,
                                Map<String, LocalDate> published) {
        double best = 0;
        double margin = Double.NEGATIVE_INFINITY;
        for (Fact member : claim) {
            FactSimilarity.Score score = similarity.between(fact, member);
            double required = required(fact, member, score, published);
            boolean joinsMember = score.value() > 0 && score.value() >= required;
            if (!joinsMember && !fact.overlaps(member) && !member.sourceId().equals(fact.sourceId())
                    && !(score.local() && score.value() >= required - CLAIM_SLACK)) {
                return null;
            }
            if (joinsMember) {
                best = Math.max(best, score.value());
                margin = Math.max(margin, score.value() - required);
            }
        }
        return best > 0 ? new Candidate(fact, index, best, margin) : null;
    }

    /** Whether a fact may join a claim holding {@code member}, given their similarity. */
    private boolean joins(Fact fact, Fact member, FactSimilarity.Score score, Map<String, LocalDate> published) {
        return score.value() >= required(fact, member, score, published);
    }

    /** The similarity a fact needs to join a claim holding {@code member}; infinite when it never may. */
    private double required(Fact fact, Fact member, FactSimilarity.Score score, Map<String, LocalDate> published) {
        boolean agreeing = fact.overlaps(member);
        if (member.sourceId().equals(fact.sourceId())) {
            return agreeing || score.local() && !SameSource.narrower(fact, member)
                    ? sameSourceThreshold : Double.POSITIVE_INFINITY;
        }
        if (agreeing) {
            return agreeingThreshold;
        }
        if (!score.local()) {
            return Double.POSITIVE_INFINITY;
        }
        boolean announcedChange = fact.revision() == Fact.Revision.NEW || member.revision() == Fact.Revision.NEW;
        double threshold = farApart(fact, member) ? FAR_APART_THRESHOLD
                : announcedChange ? disagreeingThreshold
                : fact.kind() == Kind.DATE ? disagreeingDatesThreshold
                        + (Objects.equals(fact.unit(), member.unit()) ? 0 : OTHER_GRANULARITY)
                : !Objects.equals(published.get(fact.sourceId()), published.get(member.sourceId()))
                        ? disagreeingAcrossDaysThreshold : disagreeingThreshold;
        boolean counterparts = score.counterparts() && !farApart(fact, member) && score.value() >= COUNTERPARTS_THRESHOLD
                && fact.kind() != Kind.DATE && Objects.equals(published.get(fact.sourceId()), published.get(member.sourceId()));
        return counterparts ? COUNTERPARTS_THRESHOLD : threshold;
    }

    /**
     * Values more than three times apart, dates more than a season apart, or times more than a day
     * and a half apart rarely state the same thing: such a pair needs near-certain evidence to join.
     */
    private static boolean farApart(Fact a, Fact b) {
        if (a.kind() == Kind.DATE) {
            return Math.abs(a.value() - b.value()) > FAR_DAYS;
        }
        if (a.kind() == Kind.TIME) {
            return Math.abs(a.value() - b.value()) > FAR_MINUTES;
        }
        double small = Math.min(Math.abs(a.value()), Math.abs(b.value()));
        double large = Math.max(Math.abs(a.value()), Math.abs(b.value()));
        return small > 0 && large / small > FAR_RATIO && large - small > FAR_MIN_DIFFERENCE;
    }

    private record Candidate(Fact fact, int claim, double score, double margin) {
    }

}
