package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.source.Lexicon;

/**
 * Facts that say nothing another source could contradict, so they are not aligned: the day a
 * statement was made ("police said on Tuesday", "told reporters yesterday"), which differs from
 * source to source as the story unfolds, a rate's period ("120,000 tonnes a year"), a quarter
 * that labels the period of a figure ("third-quarter revenue"), compared through the figure, and
 * facts of lines that are not article prose: datelines and time stamps with no other words
 * ("December 15th, 2008, 7:35 am") and headlines in title case.
 */
final class Incidental {
    private static final Set<String> REPORTING = Lexicon.words("reporting-verbs.txt");
    /** Words that may stand between a reporting verb and its day: "said late on Tuesday", "told reporters on Monday". */
    private static final Set<String> BETWEEN = Set.of("on", "late", "early", "in", "a", "statement", "reporters",
            "journalists", "commissioners", "officials", "lawmakers");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern RATE_PERIOD = Pattern.compile("(?i)(a|an|per|each) \\p{L}+");
    private static final Set<String> DURATION_OPENERS = Set.of("for", "in", "within", "after", "over", "about",
            "nearly", "almost", "than", "of", "lasted", "took", "spent", "last", "past", "first", "just");
    private static final int REACH = 3;
    private static final int LONG_WORD = 4;
    private static final int HEADLINE_WORDS = 3;
    private static final double HEADLINE_SHARE = 0.8;

    private Incidental() {
    }

    static boolean incidental(Fact fact) {
        return attributionDay(fact) || ratePeriod(fact) || fact.kind() == Kind.DATE && "quarter".equals(fact.unit())
                || fact.context().isEmpty() || headline(fact.sentence());
    }

    /**
     * A line in title case ("Two Killed As Tornado Hits Kansas Town"): a headline, often of another
     * story. Its words are its runs of four letters or more, read in one pass.
     */
    private static boolean headline(String sentence) {
        int words = 0;
        int capitalised = 0;
        int start = 0;
        int letters = 0;
        for (int i = 0; i <= sentence.length(); ) {
            int c = i < sentence.length() ? sentence.codePointAt(i) : ' ';
            if (Character.isLetter(c)) {
                start = letters++ == 0 ? i : start;
            } else {
                if (letters >= LONG_WORD) {
                    words++;
                    capitalised += Character.isUpperCase(sentence.charAt(start)) ? 1 : 0;
                }
                letters = 0;
            }
            i += Character.charCount(c);
        }
        return words >= HEADLINE_WORDS && capitalised >= HEADLINE_SHARE * words;
    }

    /** The day a statement was made: a date or time right after a reporting verb ("police said on Tuesday"). */
    static boolean attributionDay(Fact fact) {
        if (fact.kind() != Kind.DATE && fact.kind() != Kind.TIME) {
            return false;
        }
        List<String> before = wordsBefore(fact);
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - REACH); i--) {
            String word = before.get(i);
            if (REPORTING.contains(word)) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** "a year" after a quantity ("tonnes of copper a year") is the period of a rate, not a duration. */
    private static boolean ratePeriod(Fact fact) {
        if (fact.kind() != Kind.DURATION || !RATE_PERIOD.matcher(fact.text()).matches()) {
            return false;
        }
        List<String> before = wordsBefore(fact);
        return !before.isEmpty() && !DURATION_OPENERS.contains(before.get(before.size() - 1));
    }

    private static List<String> wordsBefore(Fact fact) {
        Matcher matcher = WORD.matcher(fact.sentenceBefore().toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
