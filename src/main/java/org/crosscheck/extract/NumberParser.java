package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/** Reads a number at a token: digits with separators and scales, or number words and fractions. */
final class NumberParser {
    private static final Map<String, double[]> WORDS = new HashMap<>();
    private static final Map<String, Double> DENOMINATORS = new HashMap<>();
    private static final Map<String, String[]> SCALES = new HashMap<>();
    private static final Map<String, double[]> VAGUE = new HashMap<>();
    private static final Phrases VAGUE_PHRASES;
    /** No number in words is longer ("one hundred twenty-three million four hundred ..."); reading on would rescan. */
    private static final int MAX_WORDS = 24;

    static {
        for (String[] row : Lexicon.rows("number-words.tsv")) {
            WORDS.put(row[0], new double[] {Double.parseDouble(row[1]), "scale".equals(row[2]) ? 1 : 0});
        }
        Lexicon.rows("fractions.tsv").forEach(row -> DENOMINATORS.put(row[0], Double.parseDouble(row[1])));
        Lexicon.rows("scale-suffixes.tsv").forEach(row -> SCALES.put(row[0], new String[] {row[1], row[2]}));
        Lexicon.rows("vague-quantities.tsv").forEach(row ->
                VAGUE.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])}));
        VAGUE_PHRASES = Phrases.of(VAGUE);
    }

    private NumberParser() {
    }

    static boolean isNumberWord(String lower) {
        return WORDS.containsKey(lower) || DENOMINATORS.containsKey(lower);
    }

    /** Whether the phrase ends in a scale word: "4 million", "3.1bn", "two thousand". */
    static boolean endsWithScale(Passage passage, NumberPhrase phrase) {
        String last = passage.lower(phrase.end() - 1);
        return SCALES.containsKey(last) || WORDS.containsKey(last) && WORDS.get(last)[1] == 1;
    }

    /**
     * The number starting at token {@code i}, or null. A glued "k" is thousands; a glued "m" or "b"
     * is millions or billions after money or before a counted noun ("2.3m views"), otherwise a unit.
     * A scale may follow a half ("two and a half million").
     */
    static NumberPhrase parse(Passage passage, int i, boolean money) {
        NumberPhrase phrase = passage.isNumber(i) ? digits(passage, i) : words(passage, i);
        if (phrase == null) {
            return vague(passage, i);
        }
        NumberPhrase scaled = withScale(passage, phrase, money);
        NumberPhrase halved = withHalf(passage, scaled);
        return halved != scaled && scaled == phrase ? withScale(passage, halved, money) : halved;
    }

    private static NumberPhrase digits(Passage passage, int i) {
        String text = passage.token(i).text();
        if (!Digits.grouped(text)) {
            return null;
        }
        double value = Double.parseDouble(text.replace(",", ""));
        int dot = text.indexOf('.');
        double half = dot < 0 ? 0 : 0.5 * Math.pow(10, -(text.length() - dot - 1));
        return new NumberPhrase(i, i + 1, value, value - half, value + half, false, false);
    }

    private static NumberPhrase withScale(Passage passage, NumberPhrase phrase, boolean money) {
        int next = phrase.end();
        String[] scale = SCALES.get(passage.lower(next));
        if (scale == null || !passage.isWord(next)) {
            return phrase;
        }
        boolean countFollows = passage.isWord(next + 1) && Words.plural(passage.lower(next + 1));
        boolean allowed = "any".equals(scale[1])
                || passage.glued(next) && (money || "k".equals(passage.lower(next)) || countFollows);
        return allowed ? phrase.scaled(Double.parseDouble(scale[0]), next + 1) : phrase;
    }

    /** One: "a" or "an" before a unit of time or measure, after a word that bounds it ("up to a week"). */
    static NumberPhrase article(Passage passage, int i) {
        String word = passage.lower(i);
        boolean unitFollows = Units.isTimeUnit(passage.lower(i + 1)) || Units.measure(passage, i + 1) != null;
        return ("a".equals(word) || "an".equals(word)) && unitFollows ? new NumberPhrase(i, i + 1, 1, 1, 1, true, false) : null;
    }

    /** "4 and a half", "four-and-a-half", "two and a half". */
    private static NumberPhrase withHalf(Passage passage, NumberPhrase phrase) {
        int next = phrase.end();
        List<String> expected = List.of("and", "a", "half");
        int j = next;
        for (String word : expected) {
            if ("-".equals(passage.lower(j))) {
                j++;
            }
            if (!word.equals(passage.lower(j))) {
                return phrase;
            }
            j++;
        }
        return phrase.plusHalf(j);
    }

    /** Number words: "nine", "forty-two", "two hundred and fifty", "a dozen", "one-fifth", "half". */
    private static NumberPhrase words(Passage passage, int i) {
        int j = i;
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean lastWasUnit = false;
        boolean article = "a".equals(passage.lower(j)) || "an".equals(passage.lower(j));
        if (article) {
            String next = passage.lower(j + 1);
            if (!(DENOMINATORS.containsKey(next) || WORDS.containsKey(next) && WORDS.get(next)[1] == 1
                    || "couple".equals(next))) {
                return null;
            }
            current = "couple".equals(next) ? 0 : 1;
            j++;
        }
        int end = j;
        while ((passage.isWord(j) || "-".equals(passage.lower(j))) && j - i < MAX_WORDS) {
            String word = passage.lower(j);
            if ("-".equals(word) || "and".equals(word) && any && !lastWasUnit && WORDS.containsKey(passage.lower(j + 1))) {
                j++;
                continue;
            }
            double[] entry = WORDS.get(word);
            Double denominator = DENOMINATORS.get(word);
            if (denominator != null && (current > 0 && current < 10 || !any) && !(article && any)) {
                double numerator = current > 0 ? current : 1;
                if (!any && !article && !"half".equals(word)) {
                    return null;
                }
                double fraction = total + numerator / denominator;
                return new NumberPhrase(i, j + 1, fraction, fraction, fraction, true, false);
            }
            double tens = current % 100;
            if (entry == null || (lastWasUnit && entry[1] == 0 && (tens % 10 != 0 || tens == 0 || entry[0] >= 10))) {
                break;
            }
            if (entry[1] == 1) {
                double base = current == 0 ? 1 : current;
                if (entry[0] >= 1000) {
                    total += base * entry[0];
                    current = 0;
                } else {
                    current = base * entry[0];
                }
                lastWasUnit = false;
            } else {
                current += entry[0];
                lastWasUnit = true;
            }
            any = true;
            end = j + 1;
            j++;
        }
        if (!any) {
            return null;
        }
        double value = total + current;
        return new NumberPhrase(i, end, value, value, value, true, false);
    }

    private static NumberPhrase vague(Passage passage, int i) {
        int length = VAGUE_PHRASES.lengthAt(passage, i);
        if (length == 0) {
            return null;
        }
        double[] bounds = VAGUE.get(passage.phrase(i, i + length));
        return new NumberPhrase(i, i + length, bounds[0], bounds[0], bounds[1], true, true);
    }
}
