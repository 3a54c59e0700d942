package org.crosscheck.pipeline;

import java.util.Arrays;

/** Where each numbered chunk of a {@link SpillFile} lies and how many items it holds; a chunk never written holds none. */
final class ChunkIndex {
    private final long[] positions;
    private final int[] lengths;
    private final int[] counts;

    ChunkIndex(int chunks) {
        positions = new long[chunks];
        lengths = new int[chunks];
        counts = new int[chunks];
        Arrays.fill(positions, -1);
    }

    /** Each chunk is set once, by whichever thread wrote it. */
    void set(int chunk, long position, int length, int count) {
        positions[chunk] = position;
        lengths[chunk] = length;
        counts[chunk] = count;
    }

    int chunks() {
        return counts.length;
    }

    long position(int chunk) {
        return positions[chunk];
    }

    int length(int chunk) {
        return lengths[chunk];
    }

    int count(int chunk) {
        return counts[chunk];
    }
}
