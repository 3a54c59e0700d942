package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.extract.Words;

/**
 * Bare numbers whose sentence says what they count, read as counts of it: "the number of people
 * confirmed dead has risen to 17", "Two people have died and 14 have fallen ill", "19 confirmed
 * cases, up from 14", "five more cases, taking the total to 19". A count written out before the
 * number lends its noun only across "and", "from" or "to" and a few words, where English leaves
 * the noun out; anything else ("four wickets for 71") stays a bare number, which is not compared.
 */
final class ElidedNouns {
    private static final Pattern NUMBER_OF = Pattern.compile("(?i)\\b(?:number|total) of ([\\p{L}]+)");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(and|from|to)\\b");
    private static final int LINK_REACH = 60;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int PHRASE_WORDS = 8;

    private ElidedNouns() {
    }

    /** The story's facts, with each bare number whose noun its sentence gives read as a count. */
    static List<Fact> resolve(List<Fact> facts) {
        List<Fact> resolved = new ArrayList<>(facts.size());
        Fact previous = null;
        for (Fact fact : facts) {
            resolved.add(fact.kind() == Kind.NUMBER && fact.unit() == null && fact.sentence() != null
                    ? resolve(fact, previous) : fact);
            previous = fact;
        }
        return resolved;
    }

    /**
     * The number read as a count of "the number of X" before it, with the words of that phrase
     * ("people confirmed dead in the sinking") as what it is about; or of a count just before it it
     * is linked to; else the number itself.
     */
    private static Fact resolve(Fact number, Fact previous) {
        String before = number.sentenceBefore();
        Matcher numberOf = NUMBER_OF.matcher(before);
        int phrase = -1;
        while (numberOf.find()) {
            phrase = numberOf.start(1);
        }
        if (phrase >= 0) {
            List<String> about = new ArrayList<>();
            Matcher word = WORD.matcher(before.substring(phrase));
            while (word.find() && about.size() < PHRASE_WORDS) {
                String lower = word.group().toLowerCase(Locale.ROOT);
                if (!Words.stopword(lower)) {
                    about.add(Character.isUpperCase(word.group().charAt(0)) && !about.isEmpty()
                            ? word.group() : Words.stem(lower));
                }
            }
            about.addAll(number.near());
            return number.asCount(Words.singular(about.get(0)), about);
        }
        return linked(number, previous, before) ? number.asCount(previous.unit(), number.near()) : number;
    }

    /** Whether a count shortly before the number, joined to it by "and", "from" or "to", lends it its noun. */
    private static boolean linked(Fact number, Fact previous, String before) {
        return previous != null && previous.kind() == Kind.COUNT && previous.sourceId().equals(number.sourceId())
                && previous.sentenceStart() == number.sentenceStart() && number.start() - previous.end() <= LINK_REACH
                && LINK.matcher(before.substring(Math.max(0, previous.end() - number.sentenceStart()))).find();
    }
}
