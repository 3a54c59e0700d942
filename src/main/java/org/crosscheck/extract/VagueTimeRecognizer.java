package org.crosscheck.extract;

import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Time references with no value to compare, as TimeML annotates them: "now" (PRESENT_REF),
 * "recently" (PAST_REF), "several months" (PXM), "this summer" (2024-SU). They are facts without a value: marked ambiguous, never aligned or compared.
 */
final class VagueTimeRecognizer {
    private static final Map<String, String> REFERENCES = Lexicon.map("vague-times.tsv");
    private static final Phrases REFERENCE_PHRASES = Phrases.of(REFERENCES);
    private static final Map<String, String> SEASONS = Lexicon.map("seasons.tsv");
    private static final Set<String> ANCHORS = Set.of("this", "last", "next");
    private static final Set<String> VAGUE_AMOUNTS = Set.of("several", "few", "many", "some", "recent", "past");

    private VagueTimeRecognizer() {
    }

    static Match match(Passage passage, int i) {
        int length = REFERENCE_PHRASES.lengthAt(passage, i);
        boolean quantityFollows = passage.isNumber(i + length) || NumberParser.isNumberWord(passage.lower(i + length))
                || Units.isTimeUnit(passage.lower(i + length));
        if (length > 0 && !quantityFollows) {
            return vague(i, i + length, Kind.DATE, REFERENCES.get(passage.phrase(i, i + length)));
        }
        Match match = vagueDuration(passage, i);
        return match == null ? season(passage, i) : match;
    }

    /** "several months", "a few days", "recent years": PXM, PXD, PXY. */
    private static Match vagueDuration(Passage passage, int i) {
        int k = i;
        if ("a".equals(passage.lower(k)) && "few".equals(passage.lower(k + 1))) {
            k++;
        }
        if (!VAGUE_AMOUNTS.contains(passage.lower(k))) {
            return null;
        }
        Units.Found<Units.TimeUnit> unit = Units.timeUnit(passage, k + 1);
        if (unit == null || !passage.lower(k + 1).endsWith("s")) {
            return null;
        }
        String designator = unit.unit().designator().replaceAll("\\d", "");
        String timex = designator.startsWith("T") ? "PTX" + designator.substring(1) : "PX" + designator;
        return vague(i, k + 2, Kind.DURATION, timex);
    }

    /** "this summer", "last winter", "next spring". */
    private static Match season(Passage passage, int i) {
        String anchor = passage.lower(i);
        String code = SEASONS.get(passage.lower(i + 1));
        if (code == null || passage.published == null || !ANCHORS.contains(anchor)) {
            return null;
        }
        int year = passage.published.getYear() + ("last".equals(anchor) ? -1 : "next".equals(anchor) ? 1 : 0);
        return vague(i, i + 2, Kind.DATE, year + "-" + code);
    }

    private static Match vague(int first, int end, Kind kind, String timex) {
        return new Match(first, end, kind, 0, 0, 0, null, timex, true, null);
    }
}
