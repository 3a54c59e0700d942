package org.crosscheck.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;

/**
 * Which planted conflicts a report found (an error or warning citing the planted wording in its
 * file), and how many errors and warnings cite no planted conflict: false alarms, since the
 * generator plants the only disagreements its stories hold.
 */
record PlantedConflicts(CorpusGenerator.Corpus corpus, String root) {

    String describe(Report report) {
        Map<String, List<String>> plantedByFile = new HashMap<>();
        corpus.planted().forEach(planted -> plantedByFile.computeIfAbsent(root + "/" + planted.file(), file -> new ArrayList<>())
                .add(planted.text()));
        Map<String, List<String>> citedByFile = new HashMap<>();
        long flagged = 0;
        long citingPlanted = 0;
        for (Finding finding : report.findings()) {
            if (!finding.severity().atLeast(Severity.WARNING)) {
                continue;
            }
            flagged++;
            boolean cites = false;
            for (Evidence evidence : finding.evidence()) {
                citedByFile.computeIfAbsent(evidence.sourcePath(), file -> new ArrayList<>()).add(evidence.fact().text());
                cites |= plantedByFile.getOrDefault(evidence.sourcePath(), List.of()).stream()
                        .anyMatch(planted -> overlaps(planted, evidence.fact().text()));
            }
            citingPlanted += cites ? 1 : 0;
        }
        long found = corpus.planted().stream()
                .filter(planted -> citedByFile.getOrDefault(root + "/" + planted.file(), List.of()).stream()
                        .anyMatch(cited -> overlaps(planted.text(), cited)))
                .count();
        return String.format(Locale.ROOT, "planted conflicts found: %d of %d (recall %.3f); errors and warnings: %d,"
                        + " of which cite a planted conflict: %d (precision %.3f)",
                found, corpus.planted().size(), (double) found / Math.max(1, corpus.planted().size()), flagged,
                citingPlanted, (double) citingPlanted / Math.max(1, flagged));
    }

    /** Pairwise precision and recall of the stories found against the stories written (pairs within a found or written story only). */
    String describeGrouping(Report report) {
        Map<String, Integer> written = new HashMap<>();
        corpus.storyOfFile().forEach((file, story) -> written.put(root + "/" + file, story));
        Map<String, List<Integer>> foundStories = new HashMap<>();
        Map<Integer, Integer> writtenSizes = new HashMap<>();
        report.sources().forEach(source -> {
            foundStories.computeIfAbsent(source.story(), story -> new ArrayList<>()).add(written.get(source.path()));
            writtenSizes.merge(written.get(source.path()), 1, Integer::sum);
        });
        long both = 0;
        long found = 0;
        for (List<Integer> stories : foundStories.values()) {
            found += (long) stories.size() * (stories.size() - 1) / 2;
            Map<Integer, Long> counts = new HashMap<>();
            stories.forEach(story -> counts.merge(story, 1L, Long::sum));
            both += counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        }
        long gold = writtenSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        return String.format(Locale.ROOT, "story grouping: %d stories found for %d written; pairs in one story: precision %.3f, recall %.3f",
                foundStories.size(), writtenSizes.size(), (double) both / Math.max(1, found), (double) both / Math.max(1, gold));
    }

    private static boolean overlaps(String planted, String cited) {
        String bare = planted.replaceFirst("^(on|about|more than) ", "");
        return cited.contains(bare) || bare.contains(cited);
    }
}
