package org.crosscheck.benchmark;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH with its usual command-line options, then restates each result as MB/s and sources/s,
 * in total and per benchmark thread. Listing and help options go to JMH's own main.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        // A benchmark that fails (a corpus folder not found, say) fails the command, not just its row.
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(options).shouldFailOnError(true).build()).run();
        System.out.println();
        System.out.println("Speed (1 MB = 1,000,000 bytes of article files; ± is JMH's 99.9% confidence interval):");
        for (RunResult run : results) {
            Result<?> megabytes = run.getSecondaryResults().get("megabytes");
            Result<?> sources = run.getSecondaryResults().get("sources");
            if (megabytes == null || sources == null) {
                continue;
            }
            int threads = run.getParams().getThreads();
            String name = run.getParams().getBenchmark().replace("org.crosscheck.benchmark.", "");
            System.out.printf(Locale.ROOT, "  %-27s %8.3f ± %.3f MB/s  %8.1f sources/s  (%d benchmark thread%s: %.3f MB/s per thread)%n",
                    name, megabytes.getScore(), error(megabytes), sources.getScore(), threads, threads == 1 ? "" : "s",
                    megabytes.getScore() / threads);
        }
    }

    private static double error(Result<?> result) {
        return Double.isNaN(result.getScoreError()) ? 0 : result.getScoreError();
    }
}
