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

/** Which planted conflicts a report found: an error or warning citing the planted wording in its file. */
record PlantedConflicts(CorpusGenerator.Corpus corpus, String root) {

    String describe(Report report) {
        Map<String, List<String>> citedByFile = new HashMap<>();
        long flagged = 0;
        for (Finding finding : report.findings()) {
            if (!finding.severity().atLeast(Severity.WARNING)) {
                continue;
            }
            flagged++;
            for (Evidence evidence : finding.evidence()) {
                citedByFile.computeIfAbsent(evidence.sourcePath(), file -> new ArrayList<>()).add(evidence.fact().text());
            }
        }
        long found = corpus.planted().stream()
                .filter(planted -> citedByFile.getOrDefault(root + "/" + planted.file(), List.of()).stream()
                        .anyMatch(cited -> overlaps(planted.text(), cited)))
                .count();
        return String.format(Locale.ROOT, "planted conflicts found: %d of %d (recall %.3f); errors and warnings: %d",
                found, corpus.planted().size(), (double) found / Math.max(1, corpus.planted().size()), flagged);
    }

    private static boolean overlaps(String planted, String cited) {
        String bare = planted.replaceFirst("^(on|about|more than) ", "");
        return cited.contains(bare) || bare.contains(cited);
    }
}
