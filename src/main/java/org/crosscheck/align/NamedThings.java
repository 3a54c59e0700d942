package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.source.Lexicon;

/**
 * The named thing a figure is told of: the name nearest before it in its clause ("Quiroga scored
 * two goals", "Luna, 23, has scored six", "Brightmeadow, which employs 3,400 people, made £86m").
 * A name is a word the story's sentences capitalise after another word and never write in lower
 * case, so a sentence's first word counts only when it is a name elsewhere too. Two figures of
 * different sources told of different names, neither of which the other's sentence mentions, are
 * about different things.
 */
final class NamedThings {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*+|[;:()\"“”—–]|\\s-\\s");
    private static final Set<String> NOT_NAMES = notNames();
    /** A name before "said" names who told the figure, not what it is about. */
    private static final Set<String> REPORTING = Lexicon.words("reporting-verbs.txt");
    /** Reporting verbs with no other sense: "Whitfield said 40%" is still a statement. */
    private static final Set<String> ONLY_SPEECH = Set.of("said", "says", "say", "told", "tells");
    /** Words before a place: a figure is told of who did or owns it, not of where. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "into", "outside",
            "across", "around", "on", "off", "of", "between", "through", "via", "towards", "toward", "within", "inside");
    /** Kinds of figure that belong to someone: a player's goals, a company's profit, a party's share. */
    private static final Set<Kind> OWNED = Set.of(Kind.COUNT, Kind.NUMBER, Kind.MONEY, Kind.PERCENT);
    /** Kinds of figure told of a place: how far away Portbury is, how long the strike at Felixstowe lasted. */
    private static final Set<Kind> PLACED = Set.of(Kind.MEASURE, Kind.DURATION);
    /** Words that make the name after them a place, wherever the story writes it. */
    private static final Set<String> PLACE_MARKERS = Set.of("in", "at", "near", "outside", "inside");
    /** How many words before a figure its name may stand. */
    private static final int REACH = 15;

    private final Set<String> names;
    /** Names the story writes after "in", "at" or "near": a place modifies an owner ("a Leeds councillor"), it is none. */
    private final Set<String> places;
    /** Each fact's name, worked out once: pairs of facts ask for it many times. */
    private final Map<Fact, String> nameOfFact = new IdentityHashMap<>();
    /** Each sentence's words, lower case and without a possessive ending. */
    private final Map<String, Set<String>> wordsOfSentence = new HashMap<>();

    private NamedThings(Set<String> names, Set<String> places) {
        this.names = names;
        this.places = places;
    }

    /**
     * The names of a story: words its facts' sentences capitalise after another word and never write
     * in lower case ("Quiroga", not "Nurses" of "the Nurses Association" and "nurses").
     */
    static NamedThings of(Collection<Fact> story) {
        Set<String> capitalised = new HashSet<>();
        Set<String> lower = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (Fact fact : story) {
            if (fact.sentence() != null && sentences.add(fact.sentence())) {
                List<String> words = words(fact.sentence());
                for (int i = 0; i < words.size(); i++) {
                    String word = bare(words.get(i));
                    if (!Character.isUpperCase(word.charAt(0))) {
                        lower.add(word.toLowerCase(Locale.ROOT));
                    } else if (i > 0 && Character.isLetter(words.get(i - 1).charAt(0))
                            && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                        capitalised.add(word);
                        if (PLACE_MARKERS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                            places.add(word);
                        }
                    }
                }
            }
        }
        capitalised.removeIf(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
        places.retainAll(capitalised);
        return new NamedThings(capitalised, places);
    }

    /** Whether two figures are told of different named things. */
    boolean different(Fact a, Fact b) {
        if (!OWNED.contains(a.kind()) && !PLACED.contains(a.kind()) || a.sourceId().equals(b.sourceId())) {
            return false;
        }
        String nameA = knownNameOf(a);
        String nameB = knownNameOf(b);
        return nameA != null && nameB != null && !nameA.equalsIgnoreCase(nameB)
                && !mentions(b.sentence(), nameA) && !mentions(a.sentence(), nameB);
    }

    /** {@link #nameOf}, remembered (null included). */
    private String knownNameOf(Fact fact) {
        if (!nameOfFact.containsKey(fact)) {
            nameOfFact.put(fact, nameOf(fact));
        }
        return nameOfFact.get(fact);
    }

    /**
     * The name nearest before a figure in its clause, or null: for a distance or a duration the
     * place it is told of ("at Felixstowe", "through Southampton"), for other figures who has or did
     * it, which is never a place and never who said it ("Whitfield has said").
     */
    String nameOf(Fact fact) {
        if (fact.sentence() == null) {
            return null;
        }
        List<String> before = words(fact.sentenceBefore());
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < REACH; i--, seen++) {
            String word = before.get(i);
            if (!Character.isLetter(word.charAt(0))) {
                return null;
            }
            if (names.contains(bare(word))) {
                int first = i;
                while (first > 0 && names.contains(bare(before.get(first - 1)))) {
                    first--;
                }
                boolean place = first > 0 && PLACE_PREPOSITIONS.contains(before.get(first - 1).toLowerCase(Locale.ROOT));
                boolean placed = PLACED.contains(fact.kind());
                if (place && !placed) {
                    return null;
                }
                boolean onlyPlaces = before.subList(first, i + 1).stream().allMatch(name -> places.contains(bare(name)));
                if (place || !placed && !onlyPlaces && !speaker(before, i)) {
                    return bare(word);
                }
                seen += i - first;
                i = first;
            }
        }
        return null;
    }

    /**
     * Whether the name at {@code i} is followed by "said" or "has said", unless the figure is the
     * object of a verb that does not only report ("Bello added 18": a score, not a statement).
     */
    private static boolean speaker(List<String> words, int i) {
        int end = Math.min(words.size(), i + 3);
        for (int k = i + 1; k < end; k++) {
            String word = words.get(k).toLowerCase(Locale.ROOT);
            if (REPORTING.contains(word)) {
                return k < words.size() - 1 || ONLY_SPEECH.contains(word);
            }
        }
        return false;
    }

    private boolean mentions(String sentence, String name) {
        return sentence != null && wordsOfSentence.computeIfAbsent(sentence, NamedThings::lowerCaseWords)
                .contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCaseWords(String sentence) {
        return words(sentence).stream().map(word -> bare(word).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** The word without a possessive ending ("Quiroga's", "Lewis'"). */
    private static String bare(String word) {
        int end = word.length();
        if (end > 1 && word.charAt(end - 1) == 's' && isApostrophe(word.charAt(end - 2))) {
            return word.substring(0, end - 2);
        }
        return end > 0 && isApostrophe(word.charAt(end - 1)) ? word.substring(0, end - 1) : word;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().strip());
        }
        return words;
    }

    private static Set<String> notNames() {
        Set<String> words = new HashSet<>();
        words.addAll(Lexicon.words("weekdays.tsv"));
        words.addAll(Lexicon.words("months.tsv"));
        words.addAll(Lexicon.words("stopwords.txt"));
        words.addAll(Lexicon.words("number-words.tsv"));
        return Set.copyOf(words);
    }
}
