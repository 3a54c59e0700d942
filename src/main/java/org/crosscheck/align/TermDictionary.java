package org.crosscheck.align;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of the terms of one corpus, so each source keeps its terms as ints. Ids are handed out as
 * terms are first met, by any thread; {@link #alphabeticalRanks()} turns them into an order that
 * does not depend on which thread came first.
 */
public final class TermDictionary {
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int id(String term) {
        return SharedCache.get(ids, term, t -> next.getAndIncrement());
    }

    /** For each id, the place of its term in alphabetical order. */
    int[] alphabeticalRanks() {
        String[] terms = ids.keySet().toArray(String[]::new);
        Arrays.parallelSort(terms);
        int[] ranks = new int[terms.length];
        for (int rank = 0; rank < terms.length; rank++) {
            ranks[ids.get(terms[rank])] = rank;
        }
        return ranks;
    }
}
