package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.pipeline.Progress;

/**
 * A progress line on stderr: sources read with MB/s and the time the reading has left, then stories
 * checked. Shown only on a terminal and never under CI, unless CROSSCHECK_PROGRESS=1.
 */
final class TerminalProgress implements Progress {
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintStream err;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong shown = new AtomicLong();
    private final AtomicLong checked = new AtomicLong();
    private volatile long started;
    private volatile int total;
    private volatile int stories;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    static Progress forStderr() {
        String asked = System.getenv("CROSSCHECK_PROGRESS");
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return "1".equals(asked) || terminal && !"0".equals(asked) ? new TerminalProgress(System.err) : Progress.NONE;
    }

    @Override
    public void start(int sources) {
        total = sources;
        started = System.nanoTime();
        shown.set(started - EVERY_NANOS);
    }

    @Override
    public void read(Path file) {
        long count = read.incrementAndGet();
        try {
            bytes.addAndGet(Files.size(file));
        } catch (IOException unreadable) {
            // the reader reports the file; progress just leaves it out
        }
        if (due()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            double left = seconds / count * (total - count);
            err.printf(Locale.ROOT, "\rreading %,d of %,d sources, %.1f MB/s, about %.0f s left   ",
                    count, total, bytes.get() / 1e6 / seconds, left);
        }
    }

    @Override
    public void startStories(int count) {
        stories = count;
    }

    @Override
    public void storyChecked() {
        long count = checked.incrementAndGet();
        if (due()) {
            err.printf(Locale.ROOT, "\rchecked %,d of %,d stories                          ", count, stories);
        }
    }

    private boolean due() {
        long now = System.nanoTime();
        long last = shown.get();
        return now - last >= EVERY_NANOS && shown.compareAndSet(last, now);
    }

    @Override
    public void finish() {
        err.print("\r" + " ".repeat(72) + "\r");
        err.flush();
    }
}
