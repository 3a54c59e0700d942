package org.crosscheck.benchmark;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results per benchmark thread: JMH divides these counts by the measured time, so the
 * rows {@code :megabytes} and {@code :sources} read as MB/s and sources/s (JMH labels them "ops/s").
 * One MB is 1,000,000 bytes of the article files as stored (UTF-8).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Rates {
    private long bytes;
    private long sources;

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
        sources = 0;
    }

    void count(int sourceCount, long byteCount) {
        sources += sourceCount;
        bytes += byteCount;
    }

    public double megabytes() {
        return bytes / 1e6;
    }

    public long sources() {
        return sources;
    }
}
