package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.extract.Fact;
import org.crosscheck.source.Lexicon;

/**
 * How likely two facts of one story speak of the same thing, from the words around them: nearby
 * words weigh more than the rest of the sentence, words rare in the story more than common ones.
 * Facts whose nearby words fall on different sides of a discriminator ("first" / "second",
 * "injured" / "killed") never match.
 */
final class FactSimilarity {
    private static final List<List<List<String>>> DISCRIMINATORS = Lexicon.rows("discriminators.tsv").stream()
            .map(row -> java.util.Arrays.stream(row).map(member -> List.of(member.split("\\|"))).toList())
            .toList();
    private static final double NEAR_WEIGHT = 2;
    private static final double SUBJECT_BONUS = 0.15;
    private static final double VALUE_BONUS = 0.1;

    private final Map<String, Double> idf = new HashMap<>();
    private final Map<Fact, Map<String, Double>> vectors = new HashMap<>();

    FactSimilarity(Collection<Fact> facts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Fact fact : facts) {
            fact.context().stream().distinct().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
        }
        int n = facts.size();
        documentFrequency.forEach((word, df) -> idf.put(word, Math.log((n + 1.0) / (df + 1.0)) + 1));
        for (Fact fact : facts) {
            vectors.put(fact, vector(fact));
        }
    }

    double between(Fact a, Fact b) {
        boolean sameSentence = a.sourceId().equals(b.sourceId()) && a.sentenceStart() == b.sentenceStart();
        if (sameSentence || discriminated(a, b)) {
            return 0;
        }
        double score = StoryGrouper.cosine(vectors.get(a), vectors.get(b));
        if (a.subject() != null && Objects.equals(a.subject(), b.subject())) {
            score += SUBJECT_BONUS;
        }
        if (a.overlaps(b)) {
            score += VALUE_BONUS;
        }
        return score;
    }

    private Map<String, Double> vector(Fact fact) {
        Map<String, Double> vector = new HashMap<>();
        for (String word : fact.context()) {
            vector.merge(word, idf.getOrDefault(word, 1.0), Double::sum);
        }
        for (String word : fact.near()) {
            vector.merge(word, (NEAR_WEIGHT - 1) * idf.getOrDefault(word, 1.0), Double::sum);
        }
        return vector;
    }

    private static boolean discriminated(Fact a, Fact b) {
        for (List<List<String>> group : DISCRIMINATORS) {
            List<Integer> inA = membersPresent(group, a.near());
            List<Integer> inB = membersPresent(group, b.near());
            if (!inA.isEmpty() && !inB.isEmpty() && inA.stream().noneMatch(inB::contains)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> membersPresent(List<List<String>> group, List<String> words) {
        List<Integer> found = new ArrayList<>();
        for (int member = 0; member < group.size(); member++) {
            for (String stem : group.get(member)) {
                if (words.stream().anyMatch(word -> word.equals(stem) || stem.length() >= 4 && word.startsWith(stem))) {
                    found.add(member);
                    break;
                }
            }
        }
        return found;
    }
}
