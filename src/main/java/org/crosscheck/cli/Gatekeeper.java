package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.BaselineEntry;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Fingerprints;
import org.crosscheck.finding.Gate;
import org.crosscheck.finding.GateWarning;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Suppression;
import org.crosscheck.rule.StrictYaml;
import org.crosscheck.source.SuppressionComments;

/**
 * Applies the editors' decisions to a report: fingerprints every finding, marks the ones a comment
 * in the article or an entry of the suppression file suppresses (a suppression without a reason is
 * ignored, with a warning), and sets apart the ones the baseline holds.
 */
final class Gatekeeper {
    private final Severity failOn;
    private final Path suppressionFile;
    private final List<StrictYaml.Located<SuppressionFile.Entry>> fileEntries;
    private final BaselineFile baseline;

    /** A comment in a source, with the path it was found in. */
    private record Comment(String path, SuppressionComments.Comment comment) {
    }

    Gatekeeper(Severity failOn, Path suppressionFile, BaselineFile baseline) {
        this.failOn = failOn;
        this.suppressionFile = suppressionFile;
        this.fileEntries = SuppressionFile.read(suppressionFile);
        this.baseline = baseline;
    }

    Report apply(Report report) {
        List<GateWarning> warnings = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        report.rules().forEach(rule -> ruleIds.add(rule.id()));
        List<Comment> comments = comments(report, ruleIds, warnings);
        for (StrictYaml.Located<SuppressionFile.Entry> entry : fileEntries) {
            if (blank(entry.value().reason())) {
                warnings.add(new GateWarning(suppressionFile.toString(), entry.line(),
                        "suppression without a reason; it is ignored"));
            }
        }
        Fingerprints fingerprints = new Fingerprints(report);
        Map<String, BaselineEntry> recorded = new LinkedHashMap<>();
        if (baseline != null) {
            baseline.findings().forEach(entry -> recorded.putIfAbsent(entry.fingerprint(), entry));
        }
        Set<String> seen = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding raw : report.findings()) {
            Finding finding = raw.withFingerprint(fingerprints.entry(raw).fingerprint());
            Suppression suppression = suppression(finding, comments);
            finding = suppression == null ? finding : finding.suppressedBy(suppression);
            seen.add(finding.fingerprint());
            (recorded.containsKey(finding.fingerprint()) && !finding.suppressed() ? baselined : kept).add(finding);
        }
        List<BaselineEntry> gone = recorded.values().stream().filter(entry -> !seen.contains(entry.fingerprint())).toList();
        return report.with(kept, new Gate(failOn, baseline != null, baselined, gone, warnings));
    }

    private Suppression suppression(Finding finding, List<Comment> comments) {
        for (Comment comment : comments) {
            if (comment.comment().rules().contains(finding.rule()) && onTargetLine(finding, comment)) {
                return new Suppression(comment.comment().reason(), comment.path() + ":" + comment.comment().line(), true);
            }
        }
        for (StrictYaml.Located<SuppressionFile.Entry> entry : fileEntries) {
            if (!blank(entry.value().reason()) && entry.value().matches(finding)) {
                return new Suppression(entry.value().reason().strip(), suppressionFile + ":" + entry.line(), false);
            }
        }
        return null;
    }

    private static boolean onTargetLine(Finding finding, Comment comment) {
        int target = comment.comment().targetLine();
        for (Evidence evidence : finding.evidence()) {
            Fact fact = evidence.fact();
            long breaks = fact.text().chars().filter(c -> c == '\n').count();
            if (evidence.sourcePath().equals(comment.path()) && fact.line() <= target && target <= fact.line() + breaks) {
                return true;
            }
        }
        return false;
    }

    /** The suppression comments with a reason in every source; the others become warnings. */
    private static List<Comment> comments(Report report, Set<String> ruleIds, List<GateWarning> warnings) {
        List<Comment> found = new ArrayList<>();
        for (SourceSummary source : report.sources()) {
            for (SuppressionComments.Comment comment : SuppressionComments.find(raw(source), source.text())) {
                if (blank(comment.reason())) {
                    warnings.add(new GateWarning(source.path(), comment.line(), "suppression without a reason; it is ignored"));
                } else if (comment.rules().isEmpty() || !ruleIds.containsAll(comment.rules())) {
                    warnings.add(new GateWarning(source.path(), comment.line(), "suppression names no rule that ran: "
                            + comment.rules()));
                } else {
                    found.add(new Comment(source.path(), comment));
                }
            }
        }
        return found;
    }

    /**
     * The file as written: comments are blanked out of the text the facts come from. Bytes that are
     * not UTF-8 become replacement characters; lines stay where they are.
     */
    private static String raw(SourceSummary source) {
        try {
            return new String(Files.readAllBytes(Path.of(source.path())), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return source.text();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
