package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.source.Lexicon;

/**
 * The groups of discriminators.tsv: words that set apart what a number is about. A word belongs to
 * a member of a group when it is one of the member's stems or (for stems of four letters or more)
 * begins with one; the member's first stem stands for all of them.
 */
final class Concepts {
    private static final List<List<List<String>>> GROUPS = Lexicon.rows("discriminators.tsv").stream()
            .map(row -> Arrays.stream(row).map(member -> List.of(member.split("\\|"))).toList())
            .toList();

    private Concepts() {
    }

    /** The word a context word is compared as: the first stem of its member, or itself. */
    static String canonical(String word) {
        for (List<List<String>> group : GROUPS) {
            for (List<String> member : group) {
                if (member.stream().anyMatch(stem -> matches(word, stem))) {
                    return member.get(0);
                }
            }
        }
        return word;
    }

    /** For each group, the indexes of its members that occur among the words. */
    static List<List<Integer>> membersPresent(List<String> words) {
        List<List<Integer>> present = new ArrayList<>();
        for (List<List<String>> group : GROUPS) {
            List<Integer> found = new ArrayList<>();
            for (int member = 0; member < group.size(); member++) {
                List<String> stems = group.get(member);
                if (words.stream().anyMatch(word -> stems.stream().anyMatch(stem -> matches(word, stem)))) {
                    found.add(member);
                }
            }
            present.add(found);
        }
        return present;
    }

    private static boolean matches(String word, String stem) {
        return word.equals(stem) || stem.length() >= 4 && word.startsWith(stem);
    }
}
