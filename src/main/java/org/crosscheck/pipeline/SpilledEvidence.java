package org.crosscheck.pipeline;

import java.util.AbstractList;
import org.crosscheck.finding.Evidence;

/**
 * A finding's evidence as {@link ResultSpill} keeps it: read back from the file when asked for, so
 * the heap holds four numbers, not the facts and their sentences.
 */
final class SpilledEvidence extends AbstractList<Evidence> {
    private final ResultSpill spill;
    private final int story;
    private final int finding;
    private final int size;

    SpilledEvidence(ResultSpill spill, int story, int finding, int size) {
        this.spill = spill;
        this.story = story;
        this.finding = finding;
        this.size = size;
    }

    @Override
    public Evidence get(int i) {
        return spill.evidence(story, finding).get(i);
    }

    @Override
    public int size() {
        return size;
    }
}
