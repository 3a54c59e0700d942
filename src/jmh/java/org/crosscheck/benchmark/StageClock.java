package org.crosscheck.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.pipeline.Progress;

/**
 * Times the pipeline's stages from the progress it reports, in wall time and in the CPU time of the
 * whole process (all threads, the collector's included), so a stage that leaves a core idle shows a
 * utilisation under the number of cores, and A/B comparisons on a shared machine can use CPU seconds.
 */
final class StageClock implements Progress {
    private record Mark(String stage, long wall, long cpu) {
    }

    private final List<Mark> marks = new ArrayList<>();

    @Override
    public void start(int sources) {
        mark("reading and outlining");
    }

    @Override
    public void grouping() {
        mark("story grouping");
    }

    @Override
    public void startStories(int stories) {
        mark("reading again, extracting, aligning and rules");
    }

    @Override
    public void finish() {
        mark("writing report.json");
    }

    /** Ends the last stage; the pipeline's own progress marks the others. */
    void mark(String stage) {
        marks.add(new Mark(stage, System.nanoTime(), cpuTime()));
    }

    /** Each stage up to the last mark, then all of them: wall seconds, CPU seconds, and cores busy on average. */
    String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-48s %7s %7s %5s", "stage", "wall s", "cpu s", "cores"));
        for (int i = 0; i + 1 < marks.size(); i++) {
            text.append(line(marks.get(i).stage(), marks.get(i), marks.get(i + 1)));
        }
        return text.append(line("all", marks.get(0), marks.get(marks.size() - 1))).toString();
    }

    private static String line(String stage, Mark from, Mark to) {
        double wall = (to.wall() - from.wall()) / 1e9;
        double cpu = (to.cpu() - from.cpu()) / 1e9;
        return String.format(Locale.ROOT, "%n%-48s %7.1f %7.1f %5.2f", stage, wall, cpu, cpu / wall);
    }

    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
