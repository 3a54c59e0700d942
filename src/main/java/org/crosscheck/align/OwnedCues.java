package org.crosscheck.align;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Words;

/**
 * Cue words another figure of the sentence owns: "revenue" in "profit rose to £512m on revenue of
 * £8.4bn" heads £8.4bn ("revenue of"), so it says nothing of what £512m is, however near it stands.
 */
final class OwnedCues {
    private static final String SPACE = " \t\n\u000B\f\r";
    /** Line terminators that are not white space, before which {@code $} matches too. */
    private static final String LINE_ENDS = "\u0085\u2028\u2029";

    private final Map<Fact, Set<String>> foreign;

    private OwnedCues(Map<Fact, Set<String>> foreign) {
        this.foreign = foreign;
    }

    /** For each fact of a story, the stems that head another figure of its sentence. */
    static OwnedCues of(Collection<Fact> story) {
        Map<String, List<Fact>> bySentence = story.stream().filter(fact -> fact.sentence() != null)
                .collect(Collectors.groupingBy(fact -> fact.sourceId() + "@" + fact.sentenceStart()));
        Map<Fact, Set<String>> foreign = new IdentityHashMap<>();
        for (List<Fact> sentence : bySentence.values()) {
            Map<Fact, String> heads = new IdentityHashMap<>();
            sentence.forEach(fact -> heads.put(fact, head(fact)));
            for (Fact other : sentence) {
                String head = heads.get(other);
                if (head == null) {
                    continue;
                }
                for (Fact fact : sentence) {
                    if (fact != other && !head.equals(heads.get(fact))) {
                        foreign.computeIfAbsent(fact, f -> new HashSet<>()).add(head);
                    }
                }
            }
        }
        return new OwnedCues(foreign);
    }

    /** The words of a fact without those that head another figure of its sentence. */
    List<String> own(Fact fact, List<String> words) {
        Set<String> others = foreign.get(fact);
        return others == null ? words : words.stream().filter(word -> !others.contains(word.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * The stem of the noun right before "of" and the figure: "revenue" of "revenue of £8.4bn". Read
     * backwards from the figure, as {@code (\p{L}+)\s+of\s*$} would match its sentence up to it.
     */
    private static String head(Fact fact) {
        int offset = fact.start() - fact.sentenceStart();
        String sentence = fact.sentence();
        if (offset <= 0 || offset > sentence.length()) {
            return null;
        }
        int end = offset;
        if (LINE_ENDS.indexOf(sentence.charAt(end - 1)) >= 0) {
            end--;
        }
        end = skipSpaceBack(sentence, end);
        if (end < 2 || !sentence.startsWith("of", end - 2)) {
            return null;
        }
        int wordEnd = skipSpaceBack(sentence, end - 2);
        if (wordEnd == end - 2) {
            return null;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(sentence.codePointBefore(wordStart))) {
            wordStart -= Character.charCount(sentence.codePointBefore(wordStart));
        }
        return wordStart == wordEnd ? null : Words.stem(sentence.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** Where the white space ({@code \s}) ending at {@code end} starts. */
    private static int skipSpaceBack(String text, int end) {
        while (end > 0 && SPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
