package org.crosscheck.align;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/** Reads of caches that every thread of a run shares. */
final class SharedCache {
    private SharedCache() {
    }

    /** The value of {@code key}, computed once; a plain read first, as computeIfAbsent may lock even when the key is there. */
    static <K, V> V get(ConcurrentMap<K, V> cache, K key, Function<K, V> compute) {
        V known = cache.get(key);
        return known != null ? known : cache.computeIfAbsent(key, compute);
    }
}
