package org.crosscheck.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/** Word normalisation shared by the recognisers and the alignment context. */
public final class Words {
    private static final Map<String, String> IRREGULAR_PLURALS = Lexicon.map("plurals.tsv");
    private static final Set<String> STOPWORDS = Lexicon.words("stopwords.txt");
    /** Stems already worked out: each word recurs; emptied when a huge corpus's names and typos fill it. */
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 200_000;

    private Words() {
    }

    public static boolean stopword(String lower) {
        return STOPWORDS.contains(lower);
    }

    /** Whether a lower-case word reads as a plural noun ("sheep" and "staff" do too). */
    static boolean plural(String lower) {
        if (IRREGULAR_PLURALS.containsKey(lower)) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("’s") && !STOPWORDS.contains(lower);
    }

    /** The singular of a lower-case noun: {@code drones} to {@code drone}, {@code children} to {@code child}. */
    public static String singular(String lower) {
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (!plural(lower)) {
            return lower;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zes")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower.substring(0, lower.length() - 1);
    }

    /** A crude stem that lets inflected forms meet: {@code meeting}, {@code meetings} and {@code meet}. */
    public static String stem(String lower) {
        if (STEMS.size() > STEM_CACHE_LIMIT) {
            STEMS.clear();
        }
        String stem = STEMS.get(lower); // a plain read first: computeIfAbsent may lock even when the stem is there
        return stem != null ? stem : STEMS.computeIfAbsent(lower, Words::findStem);
    }

    private static String findStem(String lower) {
        String word = singular(lower);
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - (word.endsWith("ied") ? 3 : 2));
        }
        return word;
    }
}
