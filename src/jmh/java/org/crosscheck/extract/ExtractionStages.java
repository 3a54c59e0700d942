package org.crosscheck.extract;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Where extraction spends its time, stage by stage: each stage runs alone over the ECB+ articles and
 * seeds/ for the seconds given, and prints its best pass in thread CPU time (steadier than wall time
 * on a shared machine) and the bytes it allocates per pass. Each stage includes the ones before it.
 * Run with {@code mvn -B -q -Pbenchmark package -Dbenchmark.main=org.crosscheck.extract.ExtractionStages -Djmh.args=10}.
 */
public final class ExtractionStages {
    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ExtractionStages() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Source> sources = read("../shared/corpora/ecbplus", "seeds");
        long tokens = sources.stream().mapToLong(source -> passage(source).size()).sum();
        System.out.printf("%d sources, %d tokens, %d tried by the recognisers%n", sources.size(), tokens,
                stage(sources, ExtractionStages::opened));
        Extractor extractor = new Extractor();
        measure("tokenize", seconds, sources, source -> Tokenizer.tokenize(source.text(), source.bodyStart(), source.bodyEnd()).size());
        measure("+ sentences", seconds, sources, source -> passage(source).size());
        measure("+ opener gate", seconds, sources, ExtractionStages::opened);
        measure("extract", seconds, sources, source -> extractor.extract(source, source.metadata().published()).size());
    }

    private static Passage passage(Source source) {
        return new Passage(source.text(), Tokenizer.tokenize(source.text(), source.bodyStart(), source.bodyEnd()),
                source.metadata().published());
    }

    private static long opened(Source source) {
        Passage passage = passage(source);
        long opened = 0;
        for (int i = 0; i < passage.size(); i++) {
            opened += Openers.mayOpen(passage, i, false) ? 1 : 0;
        }
        return opened;
    }

    private static long stage(List<Source> sources, ToLongFunction<Source> work) {
        long sum = 0;
        for (Source source : sources) {
            sum += work.applyAsLong(source);
        }
        return sum;
    }

    /** Runs a stage for twice the seconds given, the first half as warm-up, and prints its best pass. */
    private static void measure(String name, int seconds, List<Source> sources, ToLongFunction<Source> work) {
        long warm = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < warm) {
            stage(sources, work);
        }
        long best = Long.MAX_VALUE;
        long passes = 0;
        long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = THREAD.getCurrentThreadCpuTime();
            stage(sources, work);
            best = Math.min(best, THREAD.getCurrentThreadCpuTime() - start);
            passes++;
        }
        double allocated = (THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1e6 / passes;
        System.out.printf("%-14s best pass %6.1f ms CPU, %5.1f MB allocated per pass (%d passes)%n", name, best / 1e6,
                allocated, passes);
    }

    /** The articles below the folders, less the corpus READMEs, as the extraction benchmark reads them. */
    private static List<Source> read(String... folders) {
        SourceReader reader = new SourceReader();
        List<Source> sources = new ArrayList<>();
        for (CorpusWalker.Entry entry : CorpusWalker.walk(List.of(folders))) {
            boolean article = !entry.file().getFileName().toString().equalsIgnoreCase("README.md");
            if (article && reader.read("s" + (sources.size() + 1), entry.file(), entry.displayPath()) instanceof SourceReader.Read read) {
                sources.add(read.source());
            }
        }
        return sources;
    }
}
