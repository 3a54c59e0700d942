package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.crosscheck.source.Source;

/** Finds every numeric and date fact in the body of a source. Stateless and safe to share across threads. */
public final class Extractor {
    private static final List<BiFunction<Passage, Integer, Match>> RECOGNISERS = List.of(
            NameFilter::match,
            DurationReader::clock,
            TimeRecognizer::match,
            DateRecognizer::match,
            AgeRecognizer::match,
            DurationReader::single,
            QuantityRecognizer::match);
    private static final int NEAR = 6;
    private static final int MAX_SENTENCE = 600;

    /** The facts of a source, with relative dates resolved against {@code published} (may be null). */
    public List<Fact> extract(Source source, LocalDate published) {
        String text = source.text();
        Passage passage = new Passage(text, Tokenizer.tokenize(text, source.bodyStart(), source.bodyEnd()), published);
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        while (i < passage.size()) {
            Match match = firstMatch(passage, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.isFact()) {
                facts.add(toFact(source, passage, match, facts.size() + 1));
            }
            i = Math.max(match.end(), i + 1);
        }
        return List.copyOf(facts);
    }

    private static Match firstMatch(Passage passage, int i) {
        for (BiFunction<Passage, Integer, Match> recogniser : RECOGNISERS) {
            Match match = recogniser.apply(passage, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static Fact toFact(Source source, Passage passage, Match match, int number) {
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
        return new Fact(source.id() + ".f" + number, source.id(), start, end, source.lines().line(start),
                source.lines().column(start), source.text().substring(start, end), match.kind(), match.value(),
                match.low(), match.high(), match.unit(), match.timex(), match.ambiguous(), subject,
                RevisionMarker.of(passage, match.first()), source.text().substring(sentenceStart, sentenceEnd),
                sentenceStart, contextWords(passage, match, sentenceFirst, sentenceLast, true),
                contextWords(passage, match, sentenceFirst, sentenceLast, false));
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

    /** Stemmed content words of the sentence outside the fact: only the nearest ones when {@code nearOnly}. */
    private static List<String> contextWords(Passage passage, Match match, int sentenceFirst, int sentenceLast,
                                             boolean nearOnly) {
        int from = nearOnly ? Math.max(sentenceFirst, match.first() - NEAR) : sentenceFirst;
        int to = nearOnly ? Math.min(sentenceLast, match.end() - 1 + NEAR) : sentenceLast;
        List<String> words = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            Token token = passage.token(k);
            boolean inside = k >= match.first() && k < match.end();
            if (!inside && token.is(Token.Type.WORD) && !Words.stopword(token.bare()) && token.text().length() > 1) {
                words.add(Words.stem(token.bare()));
            }
        }
        return List.copyOf(words);
    }
}
