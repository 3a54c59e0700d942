package org.crosscheck.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.finding.Report;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.render.JsonRenderer;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.source.CorpusWalker;

/**
 * The whole check at corpus scale: generates a corpus of the size asked for (unless the folder
 * already holds one), checks it as {@code crosscheck check DIR --format json} does, and prints
 * MB/s, sources/s, peak memory, the time of each stage and how many planted conflicts were found.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
        Path corpus = Path.of(args.length > 1 ? args[1] : "target/corpus-" + megabytes + "mb");
        long started = System.nanoTime();
        CorpusGenerator.Corpus generated = new CorpusGenerator(megabytes).write(corpus, megabytes * 1_000_000);
        System.out.printf(Locale.ROOT, "generated %d sources in %d stories (%.1f MB, %d planted conflicts) in %.1f s%n",
                generated.sources(), generated.stories(), generated.bytes() / 1e6, generated.planted().size(),
                seconds(started));
        Path out = Files.createTempDirectory("crosscheck-scale");
        long checkStarted = System.nanoTime();
        var entries = CorpusWalker.walk(List.of(corpus.toString()));
        StageClock clock = new StageClock();
        Report report = new Pipeline(StoryGrouper.defaults(), null, clock)
                .run(entries, new RuleLoader().load(Path.of("rules")), "benchmark", Instant.now());
        double checked = seconds(checkStarted);
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long renderStarted = System.nanoTime();
        try (Writer writer = Files.newBufferedWriter(out.resolve("report.json"), StandardCharsets.UTF_8)) {
            new JsonRenderer().render(report, writer);
        }
        double rendered = seconds(renderStarted);
        double total = checked + rendered;
        System.out.printf(Locale.ROOT, "checked in %.1f s, report.json (%.1f MB) written in %.1f s%n", checked,
                Files.size(out.resolve("report.json")) / 1e6, rendered);
        System.out.println(clock.describe() + String.format(Locale.ROOT, ", writing report.json %.1f s", rendered));
        System.out.printf(Locale.ROOT, "%.2f MB/s, %.0f sources/s end to end; %d facts, %d claims, %d findings%n",
                generated.bytes() / 1e6 / total, generated.sources() / total, report.facts().size(),
                report.claims().size(), report.findings().size());
        System.out.printf(Locale.ROOT, "heap: %.0f MB held by the report after the check, %.0f MB at most (limit %.0f MB); peak resident %s%n",
                retained / 1e6, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, peakResident());
        System.out.println(new PlantedConflicts(generated, corpus.toString()).describe(report));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).trim()).findFirst().orElse("unknown");
    }
}
