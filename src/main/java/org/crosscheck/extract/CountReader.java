package org.crosscheck.extract;

import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Reads the noun a number counts: "176 drones", "Four more residential buildings", "five of the
 * seven judges". The count's unit is the noun's singular.
 */
final class CountReader {
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "their", "its", "our", "these",
            "those", "them");
    private static final Set<String> MODIFIERS = Set.of("more", "other", "additional", "further", "new", "extra",
            "separate", "different", "total", "fewer", "less", "former", "current");
    private static final int MAX_WORDS = 4;
    private static final int TOLL_REACH = 6;
    private static final Map<String, String> CASUALTY = Lexicon.map("casualty-words.tsv");
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "had", "been", "be",
            "remain", "remained", "reported", "confirmed", "people");

    private CountReader() {
    }

    static Match read(Passage passage, int first, NumberPhrase number, double low, double high) {
        Match noun = withNoun(passage, first, number, low, high);
        return noun != null ? noun : casualties(passage, first, number, low, high);
    }

    /**
     * "killing 40", "40 were injured", "12 arrested", "the death toll rose to 17": a number of people
     * named by what befell them.
     */
    private static Match casualties(Passage passage, int first, NumberPhrase number, double low, double high) {
        String before = CASUALTY.get(passage.lower(first - 1));
        boolean named = before != null && !"after".equals(before);
        int k = number.end();
        while (AUXILIARIES.contains(passage.lower(k)) && k < number.end() + 2) {
            k++;
        }
        String after = CASUALTY.get(passage.lower(k));
        named |= after != null && !"before".equals(after) && passage.sameSentence(first, k);
        named |= tollBefore(passage, first);
        return named ? Match.quantity(first, number.end(), Kind.COUNT, number.value(), low, high, "person") : null;
    }

    /** "the death toll has risen to 17", "a toll of 11": the number the toll reaches. */
    private static boolean tollBefore(Passage passage, int first) {
        for (int k = first - 1; k >= Math.max(0, first - TOLL_REACH) && passage.sameSentence(k, first); k--) {
            if ("toll".equals(passage.lower(k))) {
                return true;
            }
            if (passage.isNumber(k)) {
                return false;
            }
        }
        return false;
    }

    private static Match withNoun(Passage passage, int first, NumberPhrase number, double low, double high) {
        int k = number.end();
        if ("of".equals(passage.lower(k)) && DETERMINERS.contains(passage.lower(k + 1))) {
            k += 2;
            NumberPhrase whole = NumberParser.parse(passage, k, false);
            if (whole != null) {
                k = whole.end();
            }
        } else if ("of".equals(passage.lower(k)) && passage.isNumber(k + 1)) {
            NumberPhrase whole = NumberParser.parse(passage, k + 1, false);
            k = whole == null ? k : whole.end();
        } else if ("of".equals(passage.lower(k)) && number.vague()) {
            k++;
        }
        boolean singular = number.value() == 1 && number.high() == 1;
        for (int words = 0; words < MAX_WORDS && passage.sameSentence(first, k); words++) {
            if ("-".equals(passage.lower(k)) && passage.glued(k) && passage.isWord(k + 1)) {
                k++;
            }
            if (passage.isWord(k) && passage.token(k).capitalized() && passage.isNumber(k + 1) && passage.glued(k + 1) == false
                    && passage.isWord(k + 2)) {
                k += 2;
            }
            if (!passage.isWord(k)) {
                return null;
            }
            String word = passage.token(k).bare();
            if (Words.stopword(word) && !MODIFIERS.contains(word)) {
                return null;
            }
            boolean head = singular
                    ? !passage.token(k).capitalized() && !MODIFIERS.contains(word)
                    : Words.plural(word);
            if (head) {
                return Match.quantity(first, k + 1, Kind.COUNT, number.value(), low, high, Words.singular(word));
            }
            if (!singular && (word.endsWith("ed") || word.endsWith("ing")) && !passage.isWord(k + 1)) {
                return null;
            }
            k++;
        }
        return null;
    }
}
