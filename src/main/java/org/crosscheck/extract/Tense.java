package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/** Whether a sentence speaks of what is to come or of what was, as far as its words tell. */
final class Tense {
    private static final Set<String> FUTURE_MARKERS = Lexicon.words("future-markers.tsv");
    private static final int TENSE_WINDOW = 12;
    private static final Set<String> PAST_MARKERS = Set.of("was", "were", "had", "did", "ago", "last", "took", "began",
            "said", "told", "won", "lost", "came", "went", "made", "gave", "left", "saw");

    private Tense() {
    }

    /**
     * A date without a year, taken at first as the one nearest publication, moves a year back when
     * it would lie ahead although its sentence speaks of the past, and a year on when it would lie
     * behind although its sentence speaks of what is to come.
     */
    static LocalDate resolve(Passage passage, int i, LocalDate nearest) {
        if (nearest.isAfter(passage.published.plusDays(7)) && !future(passage, i) && past(passage, i)) {
            return nearest.minusYears(1);
        }
        if (nearest.isBefore(passage.published.minusDays(7)) && future(passage, i)) {
            return nearest.plusYears(1);
        }
        return nearest;
    }

    static boolean past(Passage passage, int i) {
        for (int k = passage.sentenceStart(i); k < passage.sentenceEnd(i); k++) {
            String word = passage.lower(k);
            if (PAST_MARKERS.contains(word) || word.length() > 4 && word.endsWith("ed") && !FUTURE_MARKERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean future(Passage passage, int i) {
        for (int k = i - 1; k >= Math.max(0, i - TENSE_WINDOW) && passage.sameSentence(k, i); k--) {
            if (FUTURE_MARKERS.contains(passage.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
