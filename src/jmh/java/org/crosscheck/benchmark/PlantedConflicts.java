package org.crosscheck.benchmark;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;

/** Which planted conflicts a report found: an error or warning citing the planted wording in its file. */
record PlantedConflicts(CorpusGenerator.Corpus corpus, String root) {

    private static boolean overlaps(String planted, String cited) {
        String bare = planted.replaceFirst("^(on|about|more than) ", "");
        return cited.contains(bare) || bare.contains(cited);
    }

    String describe(Report report) {
        Set<String> cited = new HashSet<>();
        long flagged = 0;
        for (Finding finding : report.findings()) {
            if (!finding.severity().atLeast(Severity.WARNING)) {
                continue;
            }
            flagged++;
            for (Evidence evidence : finding.evidence()) {
                cited.add(evidence.sourcePath() + "|" + evidence.fact().text());
            }
        }
        long found = corpus.planted().stream()
                .filter(planted -> cited.stream().anyMatch(key -> key.startsWith(root + "/" + planted.file() + "|")
                        && overlaps(planted.text(), key.substring(key.indexOf('|') + 1))))
                .count();
        return String.format(Locale.ROOT, "planted conflicts found: %d of %d (recall %.3f); errors and warnings: %d",
                found, corpus.planted().size(), (double) found / Math.max(1, corpus.planted().size()), flagged);
    }
}
