package org.crosscheck.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** What a claim is about, in a few words for the reports. */
final class ClaimLabels {
    private ClaimLabels() {
    }

    /**
     * What a claim is about: the counted noun, else the noun its facts describe ("duration of
     * meeting"), else the word most common around them ("date of trip").
     */
    static String of(List<Fact> facts) {
        Kind kind = facts.get(0).kind();
        if (kind == Kind.COUNT) {
            return facts.get(0).unit();
        }
        return mostCommon(facts.stream().map(Fact::subject).filter(Objects::nonNull).toList())
                .or(() -> mostCommon(facts.stream().flatMap(fact -> fact.near().stream())
                        .filter(word -> Character.isLowerCase(word.charAt(0)) && word.length() > 2)
                        .map(Concepts::canonical).toList()))
                .map(about -> kind.id() + " of " + about)
                .orElse(kind.id());
    }

    private static Optional<String> mostCommon(List<String> words) {
        return words.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue())
                .map(Map.Entry::getKey);
    }
}
