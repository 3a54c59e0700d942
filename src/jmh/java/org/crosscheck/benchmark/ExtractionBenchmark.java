package org.crosscheck.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.extract.Extractor;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction alone: one operation extracts the facts of every article of the ECB+ corpus and of
 * seeds/, read into memory beforehand. Paths are relative to the project folder; change them with
 * {@code -p corpus=DIR} or {@code -p seeds=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
    @Param("../shared/corpora/ecbplus")
    public String corpus;

    @Param("seeds")
    public String seeds;

    private List<Source> sources;
    private long bytes;

    @Setup
    public void read() {
        List<CorpusWalker.Entry> entries = Articles.find(corpus, seeds);
        sources = Articles.read(entries);
        bytes = Articles.bytes(entries);
        Articles.describe("extraction", sources.size(), bytes);
    }

    @Benchmark
    public void extract(Rates rates, Blackhole facts) {
        Extractor extractor = new Extractor();
        for (Source source : sources) {
            facts.consume(extractor.extract(source, source.metadata().published()));
        }
        rates.count(sources.size(), bytes);
    }
}
