package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Source;

/**
 * Finds every numeric and date fact in the body of a source. Stateless and safe to share across
 * threads. With {@code vagueTimes}, it also reads time references that have no value to compare
 * ("now", "several months"), as TimeML annotates them; fact checks leave them out.
 */
public final class Extractor {
    private static final List<Recogniser> RECOGNISERS = List.of(
            NameFilter::match,
            DurationReader::clock,
            TimeRecognizer::match,
            DateRecognizer::match,
            AgeRecognizer::match,
            DurationReader::single,
            QuantityRecognizer::match);
    private static final int NEAR = 6;
    /** A date after these is a bound ("since Monday", "by Tuesday"), kept in its context as such. */
    private static final Set<String> DATE_BOUNDS = Set.of("since", "from", "by", "until", "till",
            "before", "after");
    /** Kept in contexts although function words: they tell whose age or sentence a number is. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her");

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "(", ")", "—", "–", "\"", "“", "”");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "or");
    private static final int MAX_SENTENCE = 600;

    private final boolean vagueTimes;

    /** A recogniser tried at token {@code i}; an int, not a boxed Integer, as it runs at every opener. */
    private interface Recogniser {
        Match match(Passage passage, int i);
    }

    public Extractor() {
        this(false);
    }

    public Extractor(boolean vagueTimes) {
        this.vagueTimes = vagueTimes;
    }

    /** The facts of a source, with relative dates resolved against {@code published} (may be null). */
    public List<Fact> extract(Source source, LocalDate published) {
        String text = source.text();
        Passage passage = new Passage(text, Tokenizer.tokenize(text, source.bodyStart(), source.bodyEnd()), published);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < passage.size()) {
            if (!Openers.mayOpen(passage, i, vagueTimes)) {
                i++;
                continue;
            }
            Match match = firstMatch(passage, i);
            if (match == null && vagueTimes) {
                match = VagueTimeRecognizer.match(passage, i);
            }
            if (match == null) {
                i++;
                continue;
            }
            if (match.isFact()) {
                matches.add(match);
            }
            i = Math.max(match.end(), i + 1);
        }
        matches = TimeAnchoring.apply(passage, matches);
        if (vagueTimes) {
            matches = TimeMlExtents.apply(passage, TimeMlSpans.merge(passage, TimeMlSpans.anchorDayParts(passage, matches)));
        }
        boolean[] inFact = new boolean[passage.size()];
        matches.forEach(match -> Arrays.fill(inFact, match.first(), match.end(), true));
        List<Fact> facts = new ArrayList<>();
        Map<Integer, List<String>> sentenceWords = new HashMap<>();
        Map<Integer, String> sentenceTexts = new HashMap<>();
        for (int m = 0; m < matches.size(); m++) {
            Match match = matches.get(m);
            List<Match> near = Match.around(matches, m, NEAR);
            int sentence = passage.sentenceOf[match.first()];
            List<String> context = sentenceWords.computeIfAbsent(sentence, first -> sentenceWords(passage,
                    passage.sentenceStart(match.first()), passage.sentenceEnd(match.first()) - 1, inFact));
            facts.add(toFact(source, passage, match, facts.size() + 1, inFact, historical(passage, match, near),
                    period(passage, match, near), context, sentenceTexts));
        }
        return List.copyOf(facts);
    }

    private static Match firstMatch(Passage passage, int i) {
        for (Recogniser recogniser : RECOGNISERS) {
            Match match = recogniser.match(passage, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /**
     * Whether the fact, or a date within a few words of it, lies more than a year before publication;
     * {@code near} holds the matches around it.
     */
    private static boolean historical(Passage passage, Match match, List<Match> near) {
        if (passage.published == null) {
            return false;
        }
        long yearBefore = passage.published.minusYears(1).toEpochDay();
        for (Match other : near) {
            if (other.kind() == Kind.DATE && !other.ambiguous() && other.high() < yearBefore && (other == match
                    || match.kind() != Kind.DATE && passage.sameSentence(other.first(), match.first())
                            && Math.min(Math.abs(other.first() - match.end()), Math.abs(match.first() - other.end())) <= NEAR)) {
                return true;
            }
        }
        return false;
    }

    /** For a figure, the nearest date within a few words of it in its sentence, among the matches {@code near} it. */
    private static Fact.Period period(Passage passage, Match match, List<Match> near) {
        if (match.kind().temporal()) {
            return null;
        }
        Match nearest = null;
        int best = NEAR + 1;
        for (Match other : near) {
            int distance = Math.min(Math.abs(other.first() - match.end()), Math.abs(match.first() - other.end()));
            if (other.kind() == Kind.DATE && !other.ambiguous() && passage.sameSentence(other.first(), match.first())
                    && distance < best) {
                nearest = other;
                best = distance;
            }
        }
        return nearest == null ? null : new Fact.Period(nearest.low(), nearest.high());
    }

    private static Fact toFact(Source source, Passage passage, Match match, int number, boolean[] inFact,
                               boolean historical, Fact.Period period, List<String> context,
                               Map<Integer, String> sentenceTexts) {
        int start = passage.token(match.first()).start();
        int end = passage.token(match.end() - 1).end();
        String last = passage.token(match.end() - 1).text();
        if (last.endsWith("'s") || last.endsWith("’s")) {
            end -= 2;
        }
        int sentenceFirst = passage.sentenceStart(match.first());
        int sentenceLast = passage.sentenceEnd(match.first()) - 1;
        int sentenceStart = passage.token(sentenceFirst).start();
        int sentenceEnd = Math.min(passage.token(sentenceLast).end(), sentenceStart + MAX_SENTENCE);
        String subject = match.kind() == Kind.COUNT ? match.unit() : subjectAfter(passage, match.end());
        if (subject == null && match.kind() == Kind.AGE) {
            subject = personNounBefore(passage, match.first());
        }
        return new Fact(source.id() + ".f" + number, source.id(), start, end, source.lines().line(start),
                source.lines().column(start), source.text().substring(start, end), match.kind(), match.value(),
                match.low(), match.high(), match.unit(), match.timex(), match.ambiguous(), subject,
                RevisionMarker.of(passage, match.first()), historical, period,
                sentenceTexts.computeIfAbsent(sentenceStart, from -> source.text().substring(from, sentenceEnd)),
                sentenceStart, nearWords(passage, match, inFact), context);
    }

    /** The noun an age's name stands in apposition to: "The climber, Tomas Lind, 34" gives "climber". */
    private static String personNounBefore(Passage passage, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 6) && passage.sameSentence(k, first); k--) {
            Token token = passage.token(k);
            boolean skippable = token.capitalized() || ",".equals(token.text());
            if (!skippable) {
                return token.is(Token.Type.WORD) && !Words.stopword(token.lower()) ? Words.singular(token.bare()) : null;
            }
        }
        return null;
    }

    /** The noun a quantity describes when it follows it: "90-minute conversation", "20% of the country". */
    private static String subjectAfter(Passage passage, int end) {
        for (int k = end; k < end + 3 && passage.sameSentence(end - 1, k); k++) {
            Token token = passage.token(k);
            if (token == null || !token.is(Token.Type.WORD)) {
                return null;
            }
            if (!Words.stopword(token.lower())) {
                return Words.singular(token.bare());
            }
            if (!"of".equals(token.lower()) && !"the".equals(token.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * Stemmed content words of the fact's own clause, nearest first: up to {@link #NEAR} tokens each
     * side, not crossing a semicolon, colon, dash, bracket or quote, a coordinating conjunction or
     * another fact.
     */
    private static List<String> nearWords(Passage passage, Match match, boolean[] inFact) {
        List<String> words = new ArrayList<>();
        String before = passage.lower(match.first() - 1);
        if (match.kind() == Kind.DATE && DATE_BOUNDS.contains(before)) {
            words.add(before);
        }
        boolean backOpen = true;
        boolean forwardOpen = true;
        for (int step = 1; step <= NEAR; step++) {
            int back = match.first() - step;
            int forward = match.end() - 1 + step;
            backOpen &= back >= 0 && passage.sameSentence(back, match.first()) && !endsClause(passage, back, inFact);
            forwardOpen &= forward < passage.size() && passage.sameSentence(forward, match.first())
                    && !endsClause(passage, forward, inFact);
            if (backOpen) {
                addContent(passage, back, words, true);
            }
            if (forwardOpen) {
                addContent(passage, forward, words, true);
            }
        }
        return List.copyOf(words);
    }

    private static boolean endsClause(Passage passage, int k, boolean[] inFact) {
        Token token = passage.token(k);
        return inFact[k] || token.is(Token.Type.PUNCT) && CLAUSE_BREAKS.contains(token.text())
                || token.is(Token.Type.WORD) && CONJUNCTIONS.contains(token.lower());
    }

    /** Stemmed content words of the sentence that belong to no fact. */
    private static List<String> sentenceWords(Passage passage, int sentenceFirst, int sentenceLast, boolean[] inFact) {
        List<String> words = new ArrayList<>();
        for (int k = sentenceFirst; k <= sentenceLast; k++) {
            if (!inFact[k]) {
                addContent(passage, k, words, false);
            }
        }
        return List.copyOf(words);
    }

    /** Adds the stem of a content word; a name (capitalised inside its sentence) keeps its capital. */
    private static void addContent(Passage passage, int k, List<String> words, boolean withPronouns) {
        Token token = passage.token(k);
        if (!token.is(Token.Type.WORD) || token.text().length() < 2) {
            return;
        }
        boolean content = !Words.stopword(token.bare()) || withPronouns && PERSONAL_PRONOUNS.contains(token.lower());
        if (!content) {
            return;
        }
        String stem = Words.stem(token.bare());
        boolean name = token.capitalized() && k > passage.sentenceStart(k);
        words.add(name ? capitalised(stem, token.text()) : stem);
    }

    /** The stem with a capital, which a name written "Teixeira" already spells: no new string then. */
    private static String capitalised(String stem, String written) {
        char capital = Character.toUpperCase(stem.charAt(0));
        boolean spelled = written.length() == stem.length() && written.charAt(0) == capital
                && written.regionMatches(1, stem, 1, stem.length() - 1);
        return spelled ? written : capital + stem.substring(1);
    }
}
