package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/**
 * Bare numbers told of a named thing, read as that thing's figure: "Bello added 18", "Haddad fell
 * for 87", "Okafor's 124". Such a number counts what the story counts for that name elsewhere
 * ("Bello had 18 points" makes it points); when the story never says, it is the name's score. Two
 * figures of different names stay apart ({@link NamedThings#different}), so the Lions' 88 and the
 * Rockets' 81 are never compared.
 */
final class NamedFigures {
    /** What a bare figure of a name counts when no count of that name says. */
    static final String SCORE = "score";

    private NamedFigures() {
    }

    /** The story's facts, with each bare number told of a name read as a count. */
    static List<Fact> resolve(List<Fact> facts, NamedThings names) {
        Map<String, Map<String, Integer>> nounsOfName = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.kind() == Kind.COUNT && fact.unit() != null) {
                String name = names.nameOf(fact);
                if (name != null) {
                    nounsOfName.computeIfAbsent(name, n -> new HashMap<>()).merge(fact.unit(), 1, Integer::sum);
                }
            }
        }
        List<Fact> resolved = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            String name = bare(fact) ? names.nameOf(fact) : null;
            resolved.add(name == null ? fact : asCount(fact, nounOf(nounsOfName.get(name))));
        }
        return resolved;
    }

    private static boolean bare(Fact fact) {
        return fact.kind() == Kind.NUMBER && fact.unit() == null && fact.sentence() != null && fact.exact();
    }

    /** The noun the story counts most often for the name, or {@link #SCORE}. */
    private static String nounOf(Map<String, Integer> nouns) {
        return nouns == null ? SCORE
                : nouns.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(SCORE);
    }

    private static Fact asCount(Fact fact, String noun) {
        return new Fact(fact.id(), fact.sourceId(), fact.start(), fact.end(), fact.line(), fact.column(), fact.text(),
                Kind.COUNT, fact.value(), fact.low(), fact.high(), noun, fact.timex(), fact.ambiguous(), noun,
                fact.revision(), fact.historical(), fact.period(), fact.sentence(), fact.sentenceStart(), fact.near(),
                fact.context());
    }
}
