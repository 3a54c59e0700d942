package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * TimeML's extents, which reach further than a fact's: "the past three years", "the late 1970s",
 * "the mid-1960s", "the second quarter", "the summer of 2011" (2011-SU), "the end of 2007" and "early this year" take their
 * determiner and modifier; "fiscal 2007" is FY2007; "every six months"
 * is a frequency (SET) rather than a duration; "over" is left out where it is a preposition ("a
 * contract over seven years"). A figure the wider extent takes in ("half" in "the second half of
 * this year") is dropped. Used only when extracting TIMEX3 annotations.
 */
final class TimeMlExtents {
    private static final Set<String> SPAN_OPENERS = Set.of("past", "last", "next", "coming", "previous", "first",
            "final", "following");
    private static final Set<String> PARTS = Set.of("early", "late", "mid");
    private static final Set<String> DETERMINERS = Set.of("the", "those", "these");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth");
    private static final Set<String> BOUNDARIES = Set.of("start", "end", "beginning", "middle", "turn");
    private static final Set<String> EVERY = Set.of("every", "each");
    /** What a frequency counts before "a week" and the like: "three times a week", "six days a week". */
    private static final Set<String> COUNTED = Set.of("times", "days", "nights");
    private static final Set<String> TIME_SIGNALS = Set.of("around", "before", "after");
    private static final Map<String, String> SEASONS = Lexicon.map("seasons.tsv");
    /** Words after which "over" means "more than" ("for over ten years"); elsewhere it is a preposition. */
    private static final Set<String> BEFORE_OVER_AS_MORE = Set.of("for", "of", "in", "after", "to", "within", "just",
            "than", "by", "well", "lasted", "took", "spent");

    private TimeMlExtents() {
    }

    static List<Match> apply(Passage passage, List<Match> matches) {
        List<Match> extended = new ArrayList<>(matches.size());
        for (Match match : matches) {
            Match wider = frequency(passage, withoutPreposition(passage, match));
            wider = wider.kind() == Kind.DURATION ? span(passage, wider) : date(passage, wider);
            while (!extended.isEmpty() && takenIn(extended.get(extended.size() - 1), wider)) {
                extended.remove(extended.size() - 1);
            }
            boolean overlaps = !extended.isEmpty() && extended.get(extended.size() - 1).end() > wider.first();
            extended.add(overlaps ? match : wider);
        }
        return extended;
    }

    /** An earlier match the wider extent overlaps with no value ("three" of "three times"), or holds whole ("six days"). */
    private static boolean takenIn(Match earlier, Match wider) {
        return earlier.end() > wider.first() && (earlier.timex() == null || earlier.first() >= wider.first());
    }

    /**
     * "the past three years", "the next few months", "the coming decades", "the four days", "those
     * three minutes"; "week-long" without the article of "a week-long pause".
     */
    private static Match span(Passage passage, Match match) {
        int k = match.first();
        if (VagueTimeRecognizer.longAfter(passage, match.end() - 1)) {
            boolean article = "a".equals(passage.lower(k)) || "an".equals(passage.lower(k));
            return new Match(article ? k + 1 : k, match.end() + 2, match.kind(), match.value(), match.low(), match.high(),
                    match.unit(), match.timex(), match.ambiguous(), match.subject());
        }
        if (SPAN_OPENERS.contains(passage.lower(k - 1)) && "the".equals(passage.lower(k - 2))) {
            return match.startingAt(k - 2);
        }
        boolean counted = passage.isNumber(k) || NumberParser.isNumberWord(passage.lower(k));
        boolean pluralUnit = passage.lower(match.end() - 1).endsWith("s") && Units.timeUnit(passage, match.end() - 1) != null;
        return counted && pluralUnit && DETERMINERS.contains(passage.lower(k - 1)) ? match.startingAt(k - 1) : match;
    }

    /** "the late 1970s", "the 1990s", "the end of 2007", "early this year", "the second half of this year". */
    private static Match date(Passage passage, Match match) {
        if (match.kind() != Kind.DATE) {
            return match;
        }
        int k = match.first();
        if (PARTS.contains(passage.lower(k - 1)) && !PARTS.contains(passage.lower(k))) {
            k--;
        } else if ("-".equals(passage.lower(k - 1)) && passage.glued(k) && PARTS.contains(passage.lower(k - 2))) {
            k -= 2;
        }
        if ("fiscal".equals(passage.lower(k - 1)) && "year".equals(match.unit())) {
            return relabelled(match, k - 1, "FY" + match.timex());
        }
        String season = SEASONS.get(passage.lower(k - 2));
        if (season != null && "of".equals(passage.lower(k - 1)) && "the".equals(passage.lower(k - 3)) && "year".equals(match.unit())) {
            return relabelled(match, k - 3, match.timex() + "-" + season);
        }
        boolean ordinal = ORDINALS.contains(passage.lower(k));
        if (ordinal && "the".equals(passage.lower(k - 1))) {
            k--;
        }
        if ("decade".equals(match.unit()) && "the".equals(passage.lower(k - 1))) {
            k--;
        }
        if ("of".equals(passage.lower(k - 1)) && BOUNDARIES.contains(passage.lower(k - 2)) && "the".equals(passage.lower(k - 3))) {
            k -= 3;
        }
        return half(passage, match.startingAt(k));
    }

    /** "the second half of this year", "the first half of 2012": H2, H1 of the year. */
    private static Match half(Passage passage, Match year) {
        int k = year.first();
        String which = passage.lower(k - 3);
        boolean half = "year".equals(year.unit()) && "of".equals(passage.lower(k - 1)) && "half".equals(passage.lower(k - 2))
                && ("first".equals(which) || "second".equals(which)) && "the".equals(passage.lower(k - 4));
        if (!half) {
            return year;
        }
        return relabelled(year, k - 4, year.timex() + ("first".equals(which) ? "-H1" : "-H2"));
    }

    private static Match relabelled(Match match, int first, String timex) {
        return new Match(first, match.end(), match.kind(), match.value(), match.low(), match.high(), match.unit(), timex,
                match.ambiguous(), match.subject());
    }

    /**
     * "every six months" (P6M), "every two weeks": a frequency with the duration's value; "once every two weeks", "three
     * times a week" and "six days a week" whole.
     */
    private static Match frequency(Passage passage, Match match) {
        int first = match.first();
        boolean counted = match.kind() == Kind.DURATION && match.ambiguous() && COUNTED.contains(passage.lower(first - 1))
                && (passage.isNumber(first - 2) || NumberParser.isNumberWord(passage.lower(first - 2)));
        if (counted) {
            return match.startingAt(first - 2);
        }
        boolean every = EVERY.contains(passage.lower(first - 1));
        if (match.kind() != Kind.DURATION || !every || match.timex() == null || match.timex().contains("X")) {
            return match;
        }
        int start = first - 1;
        if (Rates.countEnd(passage, start - 1) == start - 1) {
            start--;
        } else if (Rates.countEnd(passage, start - 2) == start - 1) {
            start -= 2;
        }
        return new Match(start, match.end(), Kind.DURATION, 0, 0, 0, match.unit(), match.timex(), true, null);
    }

    /**
     * "over" as a preposition before a duration; before a time, "around" and "shortly before" or
     * "just after", which TimeML reads as a preposition and signals ("about 3 p.m." keeps its "about").
     */
    static Match withoutPreposition(Passage passage, Match match) {
        int first = match.first();
        boolean preposition = match.kind() == Kind.DURATION && "over".equals(passage.lower(first))
                && !BEFORE_OVER_AS_MORE.contains(passage.lower(first - 1));
        if (preposition) {
            return match.startingAt(first + 1);
        }
        int approximation = match.kind() == Kind.TIME ? Approximation.at(passage, first).length() : 0;
        boolean signal = approximation > 0 && first + approximation < match.end()
                && TIME_SIGNALS.contains(passage.lower(first + approximation - 1));
        return signal ? match.startingAt(first + approximation) : match;
    }
}
