package org.crosscheck.extract;

import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Tells whether a sentence presents a value as replaced or as its replacement: in "the trip,
 * scheduled for Wednesday, was postponed to March 10", Wednesday is {@code OLD}, March 10 {@code NEW}.
 */
final class RevisionMarker {
    private static final Set<String> VERBS = Lexicon.words("revision-verbs.tsv");
    private static final Set<String> TOWARDS = Set.of("to", "until", "till", "for");
    private static final Set<String> UP_DOWN = Set.of("up", "down");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "is");
    private static final Set<String> EARLIER = Set.of("originally", "initially", "previously", "formerly");
    private static final Set<String> ORIGINAL_PLAN = Set.of("scheduled", "planned", "set", "due", "slated", "expected");
    private static final int REACH = 4;
    private static final int ACTS_ON = 9;

    private RevisionMarker() {
    }

    /** "postponed a trip scheduled for Wednesday": the value after the verb is the plan it changed. */
    private static boolean namesOriginalPlan(Passage passage, int verb, int first) {
        for (int k = verb + 1; k < first; k++) {
            if (ORIGINAL_PLAN.contains(passage.lower(k))) {
                return true;
            }
        }
        return false;
    }

    static Fact.Revision of(Passage passage, int first) {
        int sentenceStart = passage.sentenceStart(first);
        int sentenceEnd = passage.sentenceEnd(first);
        for (int k = Math.max(sentenceStart, first - REACH); k < first; k++) {
            if (EARLIER.contains(passage.lower(k))) {
                return Fact.Revision.OLD;
            }
        }
        if ("from".equals(passage.lower(first - 1)) && UP_DOWN.contains(passage.lower(first - 2))) {
            return Fact.Revision.OLD;
        }
        for (int k = Math.max(sentenceStart, first - ACTS_ON); k < first; k++) {
            if (VERBS.contains(passage.lower(k))) {
                boolean towards = TOWARDS.contains(passage.lower(first - 1))
                        || TOWARDS.contains(passage.lower(first - 2)) && "on".equals(passage.lower(first - 1));
                return towards && !namesOriginalPlan(passage, k, first) ? Fact.Revision.NEW : Fact.Revision.OLD;
            }
        }
        for (int k = first + 1; k < Math.min(sentenceEnd, first + REACH + 2); k++) {
            boolean passive = PASSIVE.contains(passage.lower(k - 1));
            if (VERBS.contains(passage.lower(k)) && passive) {
                return Fact.Revision.OLD;
            }
        }
        return Fact.Revision.NONE;
    }
}
