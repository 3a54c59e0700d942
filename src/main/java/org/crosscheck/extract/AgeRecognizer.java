package org.crosscheck.extract;

import java.util.Set;

/** Ages: "Ishuk, 47,", "aged 47", "a 52-year-old", "47 years old". */
final class AgeRecognizer {
    private static final Set<String> AFTER_NAMED_AGE = Set.of(",", ")", ".", ";", "said", "says", "was", "is", "who",
            "and", "told", "died", "from", "of");

    private AgeRecognizer() {
    }

    /** An age stated by its own words at token {@code i}: "aged 47", or a number set off after a name. */
    static Match match(Passage passage, int i) {
        if ("aged".equals(passage.lower(i)) && passage.isNumber(i + 1) && plausible(passage, i + 1)) {
            return age(passage, i, i + 2, i + 1);
        }
        if (!passage.isNumber(i) || !plausible(passage, i)) {
            return null;
        }
        boolean afterName = (",".equals(passage.lower(i - 1)) || "(".equals(passage.lower(i - 1)))
                && passage.token(i - 2) != null && passage.token(i - 2).capitalized() && passage.sameSentence(i - 2, i)
                && !NumberParser.isNumberWord(passage.lower(i - 2));
        boolean setOff = AFTER_NAMED_AGE.contains(passage.lower(i + 1)) || passage.token(i + 1) == null;
        return afterName && setOff ? age(passage, i, i + 1, i) : null;
    }

    /** "52-year-old", "52 years old", "52-years-old" after a number already read. */
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
        return Match.quantity(first, k + 1, Kind.AGE, number.value(), low, high, "year");
    }

    private static boolean plausible(Passage passage, int i) {
        String digits = passage.token(i).text();
        return digits.matches("\\d{1,3}") && Integer.parseInt(digits) <= 120;
    }

    private static Match age(Passage passage, int first, int end, int numberToken) {
        double years = Double.parseDouble(passage.token(numberToken).text());
        return Match.quantity(first, end, Kind.AGE, years, years, years, "year");
    }
}
