package org.crosscheck.pipeline;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A read-only list kept in a {@link SpillFile} as numbered chunks, in chunk order; a chunk is read
 * and decoded as a whole, the last one read is kept. Iterating reads each chunk once.
 */
class SpilledList<T> extends AbstractList<T> {
    /** Reads the {@code count} items of one chunk. */
    interface Decoder<T> {
        List<T> decode(ByteBuffer in, int count);
    }

    private record Decoded<T>(int chunk, List<T> items) {
    }

    private final SpillFile file;
    private final ChunkIndex index;
    private final Decoder<T> decoder;
    private final int[] before;
    private volatile Decoded<T> last = new Decoded<>(-1, List.of());

    SpilledList(SpillFile file, ChunkIndex index, Decoder<T> decoder) {
        this.file = file;
        this.index = index;
        this.decoder = decoder;
        this.before = new int[index.chunks() + 1];
        for (int chunk = 0; chunk < index.chunks(); chunk++) {
            before[chunk + 1] = before[chunk] + index.count(chunk);
        }
    }

    @Override
    public int size() {
        return before[before.length - 1];
    }

    @Override
    public T get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i);
        }
        int found = Arrays.binarySearch(before, i);
        int chunk = found >= 0 ? found : -found - 2;
        while (index.count(chunk) == 0) {
            chunk++;
        }
        return chunk(chunk).get(i - before[chunk]);
    }

    @Override
    public Iterator<T> iterator() {
        return IntStream.range(0, index.chunks()).filter(chunk -> index.count(chunk) > 0)
                .mapToObj(this::chunk).flatMap(List::stream).iterator();
    }

    /** The items of one chunk, in order. */
    List<T> chunk(int chunk) {
        Decoded<T> cached = last;
        if (cached.chunk() == chunk) {
            return cached.items();
        }
        if (index.count(chunk) == 0) {
            return List.of();
        }
        List<T> items = Collections.unmodifiableList(decoder.decode(
                ByteBuffer.wrap(file.read(index.position(chunk), index.length(chunk))), index.count(chunk)));
        last = new Decoded<>(chunk, items);
        return items;
    }
}
