package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds sources of one story that copy each other (one wire story under several outlets, an
 * article and its later version): those sharing most of their five-word sequences. Each copy
 * family is named after its first member; claims count families, not sources. A source is kept as
 * a {@link Sketch} of hashed five-word sequences, a sample of them for long texts, never as text.
 */
public final class CopyDetector {
    private static final int SHINGLE = 5;
    /** Texts with more shingles than this keep one in {@code SAMPLE}, the same ones in every text. */
    private static final int KEEP_ALL = 64;
    private static final int SAMPLE = 4;

    private final double threshold;

    public CopyDetector(double threshold) {
        this.threshold = threshold;
    }

    public static CopyDetector defaults() {
        return new CopyDetector(0.5);
    }

    /** The sorted hashes of a text's five-word sequences (a consistent sample of them when there are many). */
    public record Sketch(int[] hashes) {
        public static Sketch of(String text, int from, int to) {
            int[] words = wordHashes(text, from, to);
            int count = Math.max(0, words.length - SHINGLE + 1);
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                int hash = 1;
                for (int k = 0; k < SHINGLE; k++) {
                    hash = 31 * hash + words[i + k];
                }
                all[i] = mix(hash);
            }
            int[] kept = count <= KEEP_ALL ? all : Arrays.stream(all).filter(hash -> (hash & (SAMPLE - 1)) == 0).toArray();
            return new Sketch(Arrays.stream(kept).sorted().distinct().toArray());
        }

        /** Shared hashes over the smaller sketch: a short copy of a longer text still counts as a copy. */
        double containment(Sketch other) {
            int[] a = hashes;
            int[] b = other.hashes;
            if (a.length == 0 || b.length == 0) {
                return 0;
            }
            int shared = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] == b[j]) {
                    shared++;
                    i++;
                    j++;
                } else if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return (double) shared / Math.min(a.length, b.length);
        }
    }

    /** The family of each source; {@code sketches} maps source ids, in story order, to their sketches. */
    public Map<String, String> families(Map<String, Sketch> sketches) {
        List<String> ids = new ArrayList<>(sketches.keySet());
        Map<String, String> family = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            family.putIfAbsent(ids.get(i), ids.get(i));
            for (int j = i + 1; j < ids.size(); j++) {
                if (!family.containsKey(ids.get(j))
                        && sketches.get(ids.get(i)).containment(sketches.get(ids.get(j))) >= threshold) {
                    family.put(ids.get(j), family.get(ids.get(i)));
                }
            }
        }
        return family;
    }

    /** The hash of each lower-cased run of letters and digits, without making strings of them. */
    private static int[] wordHashes(String text, int from, int to) {
        int[] hashes = new int[16];
        int count = 0;
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int hash = 0;
            while (i < to && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                hash = 31 * hash + Character.toLowerCase(c);
                i += Character.charCount(c);
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            hashes[count++] = hash;
        }
        return Arrays.copyOf(hashes, count);
    }

    private static int mix(int hash) {
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        return hash ^ hash >>> 16;
    }
}
