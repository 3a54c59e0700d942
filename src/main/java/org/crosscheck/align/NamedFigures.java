package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/**
 * Bare numbers told of a named thing, read as that thing's score: "Bello added 18", "Haddad fell
 * for 87", "Okafor's 124". A score is compared with the counts of its class in counted-nouns.tsv
 * ("Bello had 18 points"); figures of different names stay apart ({@link NamedThings#different}).
 */
final class NamedFigures {
    static final String SCORE = "score";
    /** One side of a score, record or compound, or a number before its fraction: "62-46", "2-Time", "3½". */
    private static final Pattern PAIRED_BEFORE = Pattern.compile("[-–/]$");
    private static final Pattern PAIRED_AFTER = Pattern.compile("[-–/\\p{L}\\p{N}]");
    /** A number before a name, another number or a fraction modifies it: "12 Somali", "4 Yawkey Way", "7 ½". */
    private static final Pattern MODIFIES = Pattern.compile("\\s+[\\p{Lu}\\p{N}]");

    private NamedFigures() {
    }

    /** The story's facts, with each bare number told of a name read as a score. */
    static List<Fact> resolve(List<Fact> facts, NamedThings names) {
        List<Fact> resolved = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            resolved.add(bare(fact) && names.nameOf(fact) != null ? fact.asCount(SCORE, fact.near()) : fact);
        }
        return resolved;
    }

    private static boolean bare(Fact fact) {
        if (fact.kind() != Kind.NUMBER || fact.unit() != null || fact.sentence() == null || !fact.exact()) {
            return false;
        }
        String after = fact.sentence().substring(Math.min(fact.sentence().length(), fact.end() - fact.sentenceStart()));
        return !PAIRED_BEFORE.matcher(fact.sentenceBefore()).find() && !PAIRED_AFTER.matcher(after).lookingAt()
                && !MODIFIES.matcher(after).lookingAt();
    }
}
