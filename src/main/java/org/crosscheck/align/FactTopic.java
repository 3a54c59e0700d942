package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.extract.Words;
import org.crosscheck.source.Lexicon;

/** What a fact is about, beyond its kind and unit: the words that qualify it, and whose age it is. */
final class FactTopic {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> NUMBER_WORDS = Lexicon.words("number-words.tsv");
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}+),\\s*$");
    /** Person nouns that fit anyone, unlike "the driver" or "the coach": they do not single out one person. */
    private static final Set<String> ANYONE = Set.of("man", "woman", "person", "people", "boy", "girl", "child",
            "resident", "victim", "son", "daughter", "year", "old");

    /** Kinds told of a thing a clause names before them; dates and times are placed by their own words. */
    private static final Set<Kind> FIGURES = Set.of(Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.NUMBER);

    private FactTopic() {
    }

    /**
     * The words that say what a fact is about, nearest first: for a count, the words between its
     * number and its noun ("38 destroyed homes", "five trapped miners"), then those of its clause.
     */
    static List<String> words(Fact fact) {
        return withFrame(counted(fact), fact);
    }

    /** The words, then those of the clause before the fact that they lack ({@link ClauseFrame}). */
    private static List<String> withFrame(List<String> words, Fact fact) {
        if (!FIGURES.contains(fact.kind())) {
            return words;
        }
        List<String> frame = ClauseFrame.before(fact).stream().filter(word -> !words.contains(word)).toList();
        if (frame.isEmpty()) {
            return words;
        }
        List<String> all = new ArrayList<>(words);
        all.addAll(frame);
        return all;
    }

    private static List<String> counted(Fact fact) {
        if (fact.kind() != Kind.COUNT) {
            return fact.near();
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(fact.text().toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (!Words.stopword(word) && !NUMBER_WORDS.contains(word) && !Words.singular(word).equals(fact.unit())) {
                words.add(Words.stem(word));
            }
        }
        if (words.isEmpty()) {
            return fact.near();
        }
        words.addAll(fact.near());
        return words;
    }

    /**
     * Whether two ages are given to one person: the same name right before them ("Ariel Benitez,
     * 52"), or the same person noun when it singles someone out ("the driver", not "a man").
     */
    static boolean samePerson(Fact a, Fact b) {
        boolean sameNoun = a.subject() != null && a.subject().equals(b.subject()) && !ANYONE.contains(a.subject());
        String name = nameBefore(a);
        return sameNoun || name != null && Objects.equals(name, nameBefore(b));
    }

    private static String nameBefore(Fact age) {
        Matcher matcher = NAME_BEFORE.matcher(age.sentenceBefore());
        return matcher.find() ? matcher.group(1) : null;
    }
}
