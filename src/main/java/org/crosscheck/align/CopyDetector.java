package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sources of one story that copy each other (one wire story under several outlets, an
 * article and its later version): those sharing most of their five-word sequences. Each copy
 * family is named after its first member; claims count families, not sources.
 */
public final class CopyDetector {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 5;

    private final double threshold;

    public CopyDetector(double threshold) {
        this.threshold = threshold;
    }

    public static CopyDetector defaults() {
        return new CopyDetector(0.5);
    }

    /** The family of each source; {@code bodies} maps source ids, in story order, to their article text. */
    public Map<String, String> families(Map<String, String> bodies) {
        List<String> ids = new ArrayList<>(bodies.keySet());
        List<Set<Integer>> shingles = ids.stream().map(id -> shingles(bodies.get(id))).toList();
        Map<String, String> family = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            family.putIfAbsent(ids.get(i), ids.get(i));
            for (int j = i + 1; j < ids.size(); j++) {
                if (!family.containsKey(ids.get(j)) && overlap(shingles.get(i), shingles.get(j)) >= threshold) {
                    family.put(ids.get(j), family.get(ids.get(i)));
                }
            }
        }
        return family;
    }

    private static Set<Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE)).hashCode());
        }
        return shingles;
    }

    /** Shared shingles over the smaller set: a short copy of a longer text still counts as a copy. */
    private static double overlap(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Integer> smaller = a.size() <= b.size() ? a : b;
        Set<Integer> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }
}
