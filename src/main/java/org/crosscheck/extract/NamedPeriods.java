package org.crosscheck.extract;

import java.util.Map;
import java.util.Set;
import org.crosscheck.source.Lexicon;

/**
 * Periods TimeML names without a figure to compare: seasons ("this summer", "the fall"),
 * centuries ("the 20th century" is 19), and parts of the current year or month ("the end of the
 * year", "the first half of the year"). Used only for TIMEX3; facts without a value.
 */
final class NamedPeriods {
    static final Map<String, String> SEASONS = Lexicon.map("seasons.tsv");
    private static final Set<String> ANCHORS = Set.of("this", "last", "next");
    private static final Set<String> BOUNDARIES = Set.of("start", "end", "beginning", "middle");
    /** Words after which "the fall" or "the spring" is a noun ("the fall of Rome", "the spring in his step"). */
    private static final Set<String> SEASON_NOUN_AFTER = Set.of("of", "in", "from", "to", "that", "was", "is", "'s");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private NamedPeriods() {
    }

    static Match match(Passage passage, int i) {
        Match match = season(passage, i);
        if (match == null) {
            match = century(passage, i);
        }
        return match == null ? boundary(passage, i) : match;
    }

    /** "the end of the year", "the start of the month": the publication's year, month, week or decade. */
    private static Match boundary(Passage passage, int i) {
        boolean boundary = "the".equals(passage.lower(i)) && BOUNDARIES.contains(passage.lower(i + 1))
                && "of".equals(passage.lower(i + 2)) && "the".equals(passage.lower(i + 3)) && passage.published != null;
        if (!boundary) {
            return halfOfYear(passage, i);
        }
        String value = switch (passage.lower(i + 4)) {
            case "year" -> Timex.year(passage.published);
            case "month" -> Timex.month(passage.published);
            case "week" -> Timex.week(passage.published);
            case "decade" -> String.valueOf(passage.published.getYear() / 10);
            default -> null;
        };
        return value == null ? null : date(i, i + 5, value);
    }

    /** "the first half of the year": H1 of the publication year. */
    private static Match halfOfYear(Passage passage, int i) {
        String which = passage.lower(i + 1);
        boolean half = "the".equals(passage.lower(i)) && ("first".equals(which) || "second".equals(which))
                && "half of the year".equals(passage.phrase(i + 2, i + 6)) && passage.published != null;
        return half ? date(i, i + 6, Timex.year(passage.published) + ("first".equals(which) ? "-H1" : "-H2")) : null;
    }

    /** "this summer", "last winter", "next spring"; "the fall" of the publication year, not "the fall of Rome". */
    private static Match season(Passage passage, int i) {
        String anchor = passage.lower(i);
        String code = SEASONS.get(passage.lower(i + 1));
        boolean named = ANCHORS.contains(anchor) || "the".equals(anchor) && !SEASON_NOUN_AFTER.contains(passage.lower(i + 2));
        if (code == null || passage.published == null || !named || partOfName(passage, i + 1)) {
            return null;
        }
        int year = passage.published.getYear() + ("last".equals(anchor) ? -1 : "next".equals(anchor) ? 1 : 0);
        return date(i, i + 2, year + "-" + code);
    }

    /** "the Winter Meetings", "the Summer Olympics": a capitalised season before a capitalised word names something. */
    private static boolean partOfName(Passage passage, int season) {
        Token next = passage.token(season + 1);
        return passage.token(season).capitalized() && next != null && next.capitalized()
                && passage.sameSentence(season, season + 1);
    }

    /** "the 20th century": TimeML writes the century's first two digits, 19. */
    private static Match century(Passage passage, int i) {
        boolean century = "the".equals(passage.lower(i)) && passage.isNumber(i + 1) && passage.glued(i + 2)
                && ORDINAL_SUFFIXES.contains(passage.lower(i + 2)) && "century".equals(passage.lower(i + 3));
        if (!century || !passage.token(i + 1).text().matches("\\d{1,2}")) {
            return null;
        }
        return date(i, i + 4, String.format("%02d", Integer.parseInt(passage.token(i + 1).text()) - 1));
    }

    private static Match date(int first, int end, String timex) {
        return new Match(first, end, Kind.DATE, 0, 0, 0, null, timex, true, null);
    }
}
