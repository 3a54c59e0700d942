package org.crosscheck.benchmark;

import java.util.Locale;
import org.crosscheck.pipeline.Progress;

/** Times the pipeline's stages from the progress it reports. */
final class StageClock implements Progress {
    private long started;
    private long grouping;
    private long checking;
    private long finished;

    @Override
    public void start(int sources) {
        started = System.nanoTime();
    }

    @Override
    public void grouping() {
        grouping = System.nanoTime();
    }

    @Override
    public void startStories(int stories) {
        checking = System.nanoTime();
    }

    @Override
    public void finish() {
        finished = System.nanoTime();
    }

    String describe() {
        return String.format(Locale.ROOT, "stages: reading and outlining %.1f s, story grouping %.1f s, "
                + "reading again, extracting, aligning and rules %.1f s",
                (grouping - started) / 1e9, (checking - grouping) / 1e9, (finished - checking) / 1e9);
    }
}
