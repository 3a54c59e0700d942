package org.crosscheck.align;

import java.util.HashMap;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/** The classes of counted-nouns.tsv: nouns a story uses for one another when it counts the same things. */
final class CountedNouns {
    private static final Map<String, String> CLASS_OF = classes();

    private CountedNouns() {
    }

    /** The class a counted noun belongs to (its first noun), or the noun itself. */
    static String classOf(String noun) {
        return noun == null ? "" : CLASS_OF.getOrDefault(noun, noun);
    }

    private static Map<String, String> classes() {
        Map<String, String> classOf = new HashMap<>();
        for (String[] row : Lexicon.rows("counted-nouns.tsv")) {
            for (String noun : row) {
                classOf.put(noun, row[0]);
            }
        }
        return Map.copyOf(classOf);
    }
}
