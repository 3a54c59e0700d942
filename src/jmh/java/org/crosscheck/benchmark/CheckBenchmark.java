package org.crosscheck.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.rule.Rule;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;
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

/**
 * The whole check as {@code crosscheck check DIR} runs it, reports not rendered: one operation reads
 * every article of the ECB+ corpus from disk, extracts, groups stories, aligns claims and runs the
 * rules of rules/. The pipeline reads and extracts in parallel on the common fork-join pool, so this
 * uses every core. An operation takes seconds, so each iteration is a single one (an iteration runs
 * until its first operation ending after one second). Change the folder with {@code -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CheckBenchmark {
    private static final Instant GENERATED = Instant.parse("2025-01-01T00:00:00Z");

    @Param("../shared/corpora/ecbplus")
    public String corpus;

    private List<CorpusWalker.Entry> entries;
    private List<Rule> rules;
    private long bytes;

    @Setup
    public void find() {
        entries = Articles.find(corpus);
        rules = new RuleLoader().load(Path.of("rules"));
        bytes = Articles.bytes(entries);
        Articles.describe("whole check", entries.size(), bytes);
    }

    @Benchmark
    public Report check(Rates rates) {
        Report report = new Pipeline().run(entries, rules, "benchmark", GENERATED);
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("unreadable: " + report.problems());
        }
        rates.count(entries.size(), bytes);
        return report;
    }
}
