package org.crosscheck.align;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.crosscheck.source.Lexicon;

/**
 * The groups of discriminators.tsv: words that set apart what a number is about. A word belongs to
 * a member of a group when it is one of the member's stems or (for stems of four letters or more)
 * begins with one; the member's first stem stands for all of them.
 */
final class Concepts {
    private static final List<List<List<String>>> GROUPS = Lexicon.rows("discriminators.tsv").stream()
            .map(row -> Arrays.stream(row).map(member -> List.of(member.replaceFirst("^~", "").split("\\|"))).toList())
            .toList();
    private static final List<List<Boolean>> WEAK = Lexicon.rows("discriminators.tsv").stream()
            .map(row -> Arrays.stream(row).map(member -> member.startsWith("~")).toList())
            .toList();

    private static final ConcurrentMap<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final ConcurrentMap<String, int[]> MEMBERS = new ConcurrentHashMap<>();

    private Concepts() {
    }

    /** The word a context word is compared as: the first stem of its member, or itself. */
    static String canonical(String word) {
        return SharedCache.get(CANONICAL, word, Concepts::findCanonical);
    }

    private static String findCanonical(String word) {
        for (List<List<String>> group : GROUPS) {
            for (List<String> member : group) {
                if (member.stream().anyMatch(stem -> matches(word, stem))) {
                    return member.get(0).replace("$", "");
                }
            }
        }
        return word;
    }

    /**
     * For each group, the member of the nearest word (words come nearest first) that belongs to it,
     * or -1: "profit rose to £512m on revenue of £8bn" makes £512m a profit.
     */
    static int[] nearestMembers(List<String> words) {
        int[] nearest = new int[GROUPS.size()];
        Arrays.fill(nearest, -1);
        for (String word : words) {
            int[] members = SharedCache.get(MEMBERS, word.toLowerCase(Locale.ROOT), Concepts::membersOf);
            for (int group = 0; group < nearest.length; group++) {
                if (nearest[group] < 0) {
                    nearest[group] = members[group];
                }
            }
        }
        return nearest;
    }

    /** For each group, the member the word belongs to, or -1. */
    private static int[] membersOf(String word) {
        int[] members = new int[GROUPS.size()];
        for (int group = 0; group < GROUPS.size(); group++) {
            members[group] = memberOf(GROUPS.get(group), word);
        }
        return members;
    }

    private static int memberOf(List<List<String>> group, String word) {
        for (int member = 0; member < group.size(); member++) {
            if (group.get(member).stream().anyMatch(stem -> matches(word, stem))) {
                return member;
            }
        }
        return -1;
    }

    /** Whether sharing this member says nothing about two facts being the same. */
    static boolean weak(int group, int member) {
        return WEAK.get(group).get(member);
    }

    private static boolean matches(String word, String stem) {
        if (stem.endsWith("$")) {
            return word.equals(stem.substring(0, stem.length() - 1));
        }
        return word.equals(stem) || stem.length() >= 4 && word.startsWith(stem);
    }
}
