package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StorySplitterTest {
    private static final List<String> KIND = List.of("pirate", "gulf", "aden", "navy", "vessel", "merchant");
    private final Random random = new Random(11);
    private final StorySplitter splitter = new StorySplitter(0.53);

    /** A source's signature: the words of its kind, some of its event's names, and words of its own. */
    private TermVector source(List<String> names, String own) {
        Map<String, Double> signature = new HashMap<>();
        KIND.forEach(term -> signature.put(term, 1 + random.nextDouble()));
        names.stream().filter(name -> random.nextDouble() < 0.8).forEach(name -> signature.put(name, 2 + random.nextDouble()));
        for (int i = 0; i < 4; i++) {
            signature.put(own + i, 1 + random.nextDouble());
        }
        return vector(signature);
    }

    private final Map<String, Integer> ids = new HashMap<>();

    private TermVector vector(Map<String, Double> weights) {
        Map<Integer, Double> byId = new TreeMap<>();
        weights.forEach((term, weight) -> byId.put(ids.computeIfAbsent(term, t -> ids.size()), weight));
        return new TermVector(byId.keySet().stream().mapToInt(Integer::intValue).toArray(),
                byId.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Set<Set<Integer>> groups(List<List<Integer>> parts) {
        return parts.stream().map(Set::copyOf).collect(Collectors.toSet());
    }

    @Test
    void twoEventsOfOneKindAreSplitByTheirOwnNames() {
        List<TermVector> signatures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            signatures.add(source(List.of("mysore", "gibe", "tabar", "ethiopian"), "a" + i));
        }
        for (int i = 0; i < 5; i++) {
            signatures.add(source(List.of("sukanya", "liberian", "corridor", "september"), "b" + i));
        }
        assertEquals(Set.of(Set.of(0, 1, 2, 3, 4, 5), Set.of(6, 7, 8, 9, 10)), groups(splitter.split(signatures)));
    }

    @Test
    void oneEventToldInVariedWordsStaysWhole() {
        List<TermVector> signatures = new ArrayList<>();
        List<String> names = List.of("mysore", "gibe", "tabar", "ethiopian", "sinha", "yemeni");
        for (int i = 0; i < 12; i++) {
            signatures.add(source(names, "s" + i));
        }
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            all.add(i);
        }
        assertEquals(Set.of(all), groups(splitter.split(signatures)));
    }

    @Test
    void fewSourcesAreNeverSplit() {
        List<TermVector> signatures = List.of(source(List.of("mysore"), "a"), source(List.of("mysore"), "b"),
                source(List.of("sukanya"), "c"));
        assertEquals(1, splitter.split(signatures).size());
    }
}
