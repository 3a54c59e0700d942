package org.crosscheck.extract;

import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Numbers that name rather than quantify: "G-20", "COVID-19", "Boeing 737", "Channel One",
 * "World War II", and idioms such as "one of the" ("the two", but not "the two-year" or "the two
 * years"). Each match is a stretch to skip.
 */
final class NameFilter {
    private static final Phrases NAMES = new Phrases(Lexicon.words("names.tsv"));
    private static final Phrases IDIOMS = new Phrases(Lexicon.words("idioms.tsv"));
    private static final Set<String> IDENTIFIER_WORDS = Lexicon.words("identifier-words.tsv");

    private NameFilter() {
    }

    static Match match(Passage passage, int i) {
        int idiom = IDIOMS.lengthAt(passage, i);
        boolean spanFollows = "-".equals(passage.lower(i + idiom)) && passage.glued(i + idiom)
                || Units.isTimeUnit(passage.lower(i + idiom));
        int length = Math.max(NAMES.lengthAt(passage, i), spanFollows ? 0 : idiom);
        if (length > 0) {
            return Match.notAFact(i, i + length);
        }
        Token token = passage.token(i);
        int number = ".".equals(passage.lower(i + 1)) && passage.glued(i + 1) ? i + 2 : i + 1;
        if (token != null && IDENTIFIER_WORDS.contains(token.lower()) && passage.isNumber(number)) {
            return Match.notAFact(i, gluedRunEnd(passage, number));
        }
        if (token == null || !token.capitalized() || Words.stopword(token.lower()) || Calendar.isCalendarWord(token.bare())
                || Approximation.at(passage, i).length() > 0 || Units.currencyBefore(passage, i) != null
                || "magnitude".equals(token.lower()) || "aged".equals(token.lower())) {
            return null;
        }
        boolean hyphenated = "-".equals(passage.lower(i + 1)) && passage.glued(i + 1) && passage.isNumber(i + 2)
                && passage.glued(i + 2);
        if (hyphenated) {
            return Match.notAFact(i, gluedRunEnd(passage, i + 2));
        }
        if (!passage.sameSentence(i, i + 1)) {
            return null;
        }
        Token next = passage.token(i + 1);
        boolean numberAfterName = next != null && (next.is(Token.Type.NUMBER) && !next.text().contains(",")
                || next.capitalized() && NumberParser.isNumberWord(next.lower()));
        return numberAfterName && !quantifies(passage, i + 2) ? Match.notAFact(i, i + 2) : null;
    }

    /** The end of a code written without spaces: "2:24-cv-01234" from its first token. */
    private static int gluedRunEnd(Passage passage, int first) {
        int end = first + 1;
        while (passage.token(end) != null && passage.glued(end) && !".,;)".contains(passage.lower(end))) {
            end++;
        }
        return end;
    }

    /** Whether the word after a number makes it a quantity: a plural noun, a unit, a percent sign. */
    private static boolean quantifies(Passage passage, int k) {
        Token after = passage.token(k);
        if (after == null) {
            return false;
        }
        return "%".equals(after.text()) || Words.plural(after.lower()) && !after.capitalized()
                || Units.measure(passage, k) != null || Units.isTimeUnit(after.lower());
    }
}
