package org.crosscheck.align;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/**
 * How likely two facts of one story speak of the same thing, from the words around them: the
 * fact's own clause weighs more than the rest of its sentence, words rare in the story more than
 * common ones, names (which a whole story shares) less than other words, and synonyms count as one
 * word. Two facts that are each the only one of their kind and unit in their source are likely
 * counterparts; two facts of one source beside different names are not; values that read like a
 * transposition of each other (163 and 136) are likely one figure mistyped. Facts whose clauses fall on different sides of a discriminator ("first" / "second",
 * "injured" / "killed") never match; facts whose clauses share one ("injured" / "hurt") match more
 * readily.
 */
final class FactSimilarity {
    private static final double CLAUSE_SHARE = 0.6;
    /** How alike two clauses must be to count as evidence on their own. */
    private static final double CLAUSE_IN_COMMON = 0.2;
    private static final double NAME_WEIGHT = 0.5;
    private static final double SUBJECT_BONUS = 0.15;
    /** One name or person noun ("the driver") names one person throughout a story far more often than one thing. */
    private static final double PERSON_BONUS = 0.45;
    private static final double ROLE_BONUS = 0.2;
    private static final double VALUE_BONUS = 0.1;
    private static final double ONLY_ONE_BONUS = 0.25;
    private static final double TYPO_BONUS = 0.2;
    private static final double CLEAR_MARGIN = 2;

    /**
     * The similarity, and whether the facts could be the same even if their values differ: their
     * clauses (not just their sentences) have something in common, they speak of the same time,
     * and ages name the same person.
     */
    record Score(double value, boolean local, boolean counterparts) {
        static final Score NONE = new Score(0, false, false);
    }

    private final Map<String, Double> idf;
    private final NamedThings names;
    private final Map<Fact, Map<String, Double>> clauses = new IdentityHashMap<>();
    private final Map<Fact, Map<String, Double>> sentences = new IdentityHashMap<>();
    private final Map<Fact, int[]> roles = new IdentityHashMap<>();
    private final Map<String, Long> perSource;
    private final Map<String, List<Fact>> bySource;
    /** Each fact's place in its source's list of {@link #bySource}. */
    private final Map<Fact, Integer> place = new IdentityHashMap<>();
    /** Each fact's scores against the facts of another source, worked out once: candidates, counterparts and joins all ask. */
    private final Map<Fact, Map<String, Row>> rows = new IdentityHashMap<>();

    /** A fact's scores against each fact of one other source, and the one it is clearly closest to (null for none). */
    private record Row(Score[] scores, Fact closest) {
    }

    /** How rare each context word is among the facts of a story: inverse document frequency. */
    static Map<String, Double> rarity(Collection<Fact> story) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Fact fact : story) {
            fact.context().stream().map(FactSimilarity::key).distinct()
                    .forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        int n = story.size();
        Map<String, Double> idf = new HashMap<>();
        documentFrequency.forEach((word, df) -> idf.put(word, Math.log((n + 1.0) / (df + 1.0)) + 1));
        return idf;
    }

    /** Similarities among {@code block}, with word rarity measured over its story ({@link #rarity}). */
    FactSimilarity(Collection<Fact> block, Map<String, Double> rarity, NamedThings names, OwnedCues cues) {
        this.idf = rarity;
        this.names = names;
        bySource = block.stream().collect(Collectors.groupingBy(Fact::sourceId));
        for (List<Fact> ofSource : bySource.values()) {
            for (int i = 0; i < ofSource.size(); i++) {
                place.put(ofSource.get(i), i);
            }
        }
        perSource = bySource.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        for (Fact fact : block) {
            List<String> about = FactTopic.words(fact);
            clauses.put(fact, vector(about));
            sentences.put(fact, vector(fact.context()));
            roles.put(fact, Concepts.nearestMembers(cues.own(fact, about)));
        }
    }

    /**
     * The score, and whether each fact is the other's closest match in the other's source: one
     * figure restated in other words is usually the best counterpart of its original.
     */
    Score between(Fact a, Fact b) {
        if (a.sourceId().equals(b.sourceId())) {
            return scored(a, b);
        }
        Row row = row(a, b.sourceId());
        Score score = row.scores()[place.get(b)];
        boolean counterparts = score.value() > 0 && row.closest() == b && row(b, a.sourceId()).closest() == a;
        return counterparts ? new Score(score.value(), score.local(), true) : score;
    }

    /** The scores of {@code fact} against the facts of {@code source}, and the one clearly more similar than the rest. */
    private Row row(Fact fact, String source) {
        return rows.computeIfAbsent(fact, f -> new HashMap<>()).computeIfAbsent(source, s -> {
            List<Fact> others = bySource.get(s);
            Score[] scores = new Score[others.size()];
            Fact best = null;
            double bestScore = 0;
            double runnerUp = 0;
            for (int i = 0; i < scores.length; i++) {
                scores[i] = scored(fact, others.get(i));
                double score = scores[i].value();
                if (score > bestScore) {
                    best = others.get(i);
                    runnerUp = bestScore;
                    bestScore = score;
                } else {
                    runnerUp = Math.max(runnerUp, score);
                }
            }
            return new Row(scores, bestScore >= CLEAR_MARGIN * runnerUp ? best : null);
        });
    }

    private Score scored(Fact a, Fact b) {
        Roles roles = roles(a, b);
        if (roles == Roles.CLASH || sameSentence(a, b) || sameSourceDifferentNames(a, b) || names.different(a, b)) {
            return Score.NONE;
        }
        boolean sharedRole = roles == Roles.SHARED;
        double clause = Vectors.dot(clauses.get(a), clauses.get(b));
        double sentence = Vectors.dot(sentences.get(a), sentences.get(b));
        boolean sameSubject = a.subject() != null && Objects.equals(a.subject(), b.subject());
        boolean samePersonNamed = a.kind() == Kind.AGE && FactTopic.samePerson(a, b);
        boolean onlyOnes = perSource.get(a.sourceId()) == 1 && perSource.get(b.sourceId()) == 1;
        double score = CLAUSE_SHARE * clause + (1 - CLAUSE_SHARE) * sentence
                + (samePersonNamed ? PERSON_BONUS : sameSubject ? SUBJECT_BONUS : 0)
                + (sharedRole ? ROLE_BONUS : 0) + (a.overlaps(b) ? VALUE_BONUS * specificity(a, b) : 0)
                + (onlyOnes ? ONLY_ONE_BONUS : 0) + (!a.overlaps(b) && Typos.transposed(a.text(), b.text()) ? TYPO_BONUS : 0);
        boolean localEvidence = sharedRole || sameSubject || samePersonNamed || onlyOnes || clause >= CLAUSE_IN_COMMON;
        return new Score(score, localEvidence && sameTime(a, b) && samePerson(a, b, samePersonNamed, onlyOnes), false);
    }

    /** How the cue words nearest two facts compare: one group set them apart, one they share, or neither. */
    private enum Roles { CLASH, SHARED, NONE }

    private Roles roles(Fact a, Fact b) {
        int[] rolesA = roles.get(a);
        int[] rolesB = roles.get(b);
        Roles found = Roles.NONE;
        for (int group = 0; group < rolesA.length; group++) {
            if (rolesA[group] >= 0 && rolesB[group] >= 0) {
                if (rolesA[group] != rolesB[group]) {
                    return Roles.CLASH;
                }
                found = Concepts.weak(group, rolesA[group]) ? found : Roles.SHARED;
            }
        }
        return found;
    }

    /**
     * How telling it is that two values agree: the significant digits they share, up to three.
     * Two sources giving "610" or "1,296" by chance is far less likely than both giving "two".
     */
    private static int specificity(Fact a, Fact b) {
        if (a.value() != b.value() || !a.exact() || !b.exact() || a.kind() == Kind.DATE || a.kind() == Kind.TIME) {
            return 1;
        }
        String digits = BigDecimal.valueOf(Math.abs(a.value())).stripTrailingZeros().unscaledValue().toString();
        return Math.max(1, Math.min(3, digits.length()));
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return a.sourceId().equals(b.sourceId()) && a.sentenceStart() == b.sentenceStart();
    }

    private static boolean sameSourceDifferentNames(Fact a, Fact b) {
        return a.sourceId().equals(b.sourceId()) && hasName(a) && hasName(b) && !sharesName(a, b);
    }

    /**
     * Neither speaks of the past while the other does not, and their periods ("second-quarter")
     * overlap. An age is said as of the article, whatever date stands beside it ("Mehus, 48, has
     * run the company since 2021").
     */
    private static boolean sameTime(Fact a, Fact b) {
        if (a.kind() == Kind.AGE) {
            return true;
        }
        boolean samePeriod = a.period() == null || b.period() == null || a.period().overlaps(b.period());
        return a.historical() == b.historical() && samePeriod;
    }

    /** Ages join on one person's name or noun, a name in common, or, when neither is named, as each source's only age. */
    private static boolean samePerson(Fact a, Fact b, boolean samePersonNamed, boolean onlyOnes) {
        boolean neitherNamed = !hasName(a) && !hasName(b);
        return a.kind() != Kind.AGE || samePersonNamed || sharesName(a, b) || neitherNamed && onlyOnes;
    }

    private static boolean hasName(Fact fact) {
        return fact.near().stream().anyMatch(word -> Character.isUpperCase(word.charAt(0)));
    }

    private static boolean sharesName(Fact a, Fact b) {
        return a.near().stream().anyMatch(word -> Character.isUpperCase(word.charAt(0)) && b.near().contains(word));
    }

    /** The words as a unit vector, so that the cosine of two is their {@link Vectors#dot}. */
    private Map<String, Double> vector(List<String> words) {
        Map<String, Double> vector = new HashMap<>();
        for (String word : words) {
            String concept = key(word);
            double weight = idf.getOrDefault(concept, 1.0) * (Character.isUpperCase(word.charAt(0)) ? NAME_WEIGHT : 1);
            vector.merge(concept, weight, Double::sum);
        }
        double norm = Vectors.norm(vector);
        vector.replaceAll((concept, weight) -> weight / norm);
        return vector;
    }

    /** What a context word is compared as: lower case, synonyms folded into one. */
    private static String key(String word) {
        return Concepts.canonical(word.toLowerCase(Locale.ROOT));
    }
}
