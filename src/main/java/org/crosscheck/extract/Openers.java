package org.crosscheck.extract;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Which tokens may open a fact, so that the recognisers are tried only there: a number, a token
 * right before a number, or a word some recogniser starts with ("a" and "an" only before a number
 * word or a unit). A function word that opens only phrases of the tables ("the" of "the one", "at"
 * of "at least", "in" of "in excess of") opens a fact only where one of them is spelled: the
 * recognisers read such a word through those phrases alone. Built from the same lexicon tables
 * the recognisers read, plus the few words they test for in code.
 */
final class Openers {
    private static final String[] WORD_TABLES = {"number-words.tsv", "fractions.tsv", "months.tsv", "weekdays.tsv",
        "relative-days.tsv", "identifier-words.tsv", "seasons.tsv"};
    private static final String[] PHRASE_TABLES = {"approximators.tsv", "vague-quantities.tsv", "vague-times.tsv",
        "names.tsv", "idioms.tsv", "currencies.tsv", "casualty-words.tsv", "holidays.tsv"};
    private static final Phrases PHRASES = phrases();
    private static final Set<String> WORDS = words();
    /** Function words that open nothing but phrases: most often "the" and "in", so tried at by the phrases alone. */
    private static final Set<String> PHRASE_ONLY = phraseOnly();
    /** Words that open only the time references read for TimeML: "every day", "the weekend", "for years". */
    private static final Set<String> TIMEML_WORDS = timeMlWords();
    /** "a" and "an" open a fact only before a number word or a unit: "a dozen", "a decade", "a mile". */
    private static final Set<String> ARTICLES = Set.of("a", "an");

    private Openers() {
    }

    static boolean mayOpen(Passage passage, int i, boolean timeMl) {
        return mayOpen(passage, i) || timeMl && (TIMEML_WORDS.contains(passage.token(i).bare())
                || Units.isTimeUnit(passage.lower(i)));
    }

    static boolean mayOpen(Passage passage, int i) {
        Token token = passage.token(i);
        if (token.is(Token.Type.NUMBER) || token.is(Token.Type.SYMBOL) || passage.isNumber(i + 1)) {
            return true;
        }
        String word = token.bare();
        if (ARTICLES.contains(word)) {
            String next = passage.lower(i + 1);
            return WORDS.contains(next) || PHRASE_ONLY.contains(next) || Units.isTimeUnit(next) || Units.measure(passage, i + 1) != null;
        }
        return WORDS.contains(word) || passage.isNumber(i + 2) && passage.glued(i + 2)
                || PHRASE_ONLY.contains(token.lower()) && PHRASES.lengthAt(passage, i) > 0;
    }

    private static Set<String> timeMlWords() {
        Set<String> words = new HashSet<>(Lexicon.words("set-words.tsv"));
        words.addAll(new Phrases(Lexicon.words("vague-times.tsv")).firstTokens());
        words.addAll(new Phrases(Lexicon.words("anaphoric-dates.tsv")).firstTokens());
        words.addAll(Set.of("the", "every", "each", "per", "weekend", "weekends", "another", "several", "few", "many", "some", "recent",
                "once", "twice", "thrice", "on", "all"));
        return Collections.unmodifiableSet(words);
    }

    private static Phrases phrases() {
        Set<String> phrases = new HashSet<>();
        for (String table : PHRASE_TABLES) {
            phrases.addAll(Lexicon.words(table));
        }
        return new Phrases(phrases);
    }

    /** The words that open a fact on their own, and the first words of phrases other than {@link #PHRASE_ONLY}. */
    private static Set<String> words() {
        Set<String> words = singleWords();
        for (String first : PHRASES.firstTokens()) {
            if (words.contains(first) || !Words.stopword(first)) {
                words.add(first);
            }
        }
        return Collections.unmodifiableSet(words); // a hash table, not Set.copyOf: looked up at every token
    }

    private static Set<String> phraseOnly() {
        Set<String> words = new HashSet<>(PHRASES.firstTokens());
        words.removeAll(WORDS);
        return Collections.unmodifiableSet(words);
    }

    private static Set<String> singleWords() {
        Set<String> words = new HashSet<>();
        for (String table : WORD_TABLES) {
            words.addAll(Lexicon.words(table));
        }
        words.addAll(Set.of("a", "an", "aged", "magnitude", "between", "minus", "noon", "midnight", "early", "mid",
                "late", "this", "last", "next", "coming", "past", "earlier", "later", "first", "second", "third",
                "fourth", "q1", "q2", "q3", "q4", "several", "few", "many", "recent", "tonight"));
        return words;
    }
}
