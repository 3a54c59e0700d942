package org.crosscheck.extract;

import java.util.Set;

/**
 * Ages: "Ishuk, 47,", "his brother, 29,", "aged 47", "aged nine", "aged 18 to 25", "a 52-year-old",
 * "47 years old".
 */
final class AgeRecognizer {
    /** "his brother, 29": a person named by a noun after one of these. */
    private static final Set<String> PERSON_DETERMINERS = Set.of("his", "her", "their", "its", "the", "a");
    private static final Set<String> AFTER_NAMED_AGE = Set.of(",", ")", ".", ";", "said", "says", "was", "is", "who",
            "and", "told", "died", "from", "of");

    private AgeRecognizer() {
    }

    /** An age stated by its own words at token {@code i}: "aged 47", or a number set off after a name. */
    static Match match(Passage passage, int i) {
        if ("aged".equals(passage.lower(i))) {
            NumberPhrase number = NumberParser.parse(passage, i + 1, false);
            if (number == null || number.value() > 120 || number.vague()) {
                return null;
            }
            NumberPhrase range = rangeAfter(passage, number);
            double low = number.value();
            double high = range == null ? low : range.value();
            int end = range == null ? number.end() : range.end();
            return Match.quantity(i, end, Kind.AGE, (low + high) / 2, low, high, "year");
        }
        if (!passage.isNumber(i) || !plausible(passage, i)) {
            return null;
        }
        boolean setOffBefore = ",".equals(passage.lower(i - 1)) || "(".equals(passage.lower(i - 1));
        boolean afterName = setOffBefore && passage.token(i - 2) != null && passage.sameSentence(i - 2, i)
                && (passage.token(i - 2).capitalized() && !NumberParser.isNumberWord(passage.lower(i - 2))
                        || passage.isWord(i - 2) && PERSON_DETERMINERS.contains(passage.lower(i - 3)));
        boolean setOff = AFTER_NAMED_AGE.contains(passage.lower(i + 1)) || passage.token(i + 1) == null;
        return afterName && setOff ? age(passage, i, i + 1, i) : null;
    }

    /** "aged 18 to 25": the upper end of an age range. */
    private static NumberPhrase rangeAfter(Passage passage, NumberPhrase number) {
        String connector = passage.lower(number.end());
        if (!"to".equals(connector) && !"-".equals(connector) && !"and".equals(connector)) {
            return null;
        }
        NumberPhrase upper = NumberParser.parse(passage, number.end() + 1, false);
        return upper != null && upper.value() > number.value() && upper.value() <= 120 ? upper : null;
    }

    /** "52-year-old", "52 years old", "52-years-old" after a number already read; TimeML reads it as P52Y. */
    static Match yearsOld(Passage passage, int first, NumberPhrase number, double low, double high) {
        int k = number.end();
        if ("-".equals(passage.lower(k))) {
            k++;
        }
        if (!passage.lower(k).startsWith("year")) {
            return null;
        }
        k++;
        if ("-".equals(passage.lower(k))) {
            k++;
        }
        if (!"old".equals(passage.lower(k))) {
            return null;
        }
        String timex = "P" + Timex.amount(number.value()) + "Y";
        return new Match(first, k + 1, Kind.AGE, number.value(), low, high, "year", timex, false, null);
    }

    private static boolean plausible(Passage passage, int i) {
        String digits = passage.token(i).text();
        return Digits.only(digits, 1, 3) && Integer.parseInt(digits) <= 120;
    }

    private static Match age(Passage passage, int first, int end, int numberToken) {
        double years = Double.parseDouble(passage.token(numberToken).text());
        return Match.quantity(first, end, Kind.AGE, years, years, years, "year");
    }
}
