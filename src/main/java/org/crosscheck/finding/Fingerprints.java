package org.crosscheck.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.align.Claim;

/**
 * Identifies a finding across runs and edits by what it says, never by where: its rule, its story's
 * stable key (the file's path for a file that could not be read), its claim's label and the
 * normalised values in disagreement. Run-dependent ids
 * (story-1, s3.f2), lines and offsets are left out, so text inserted above a finding, or sources
 * added to its story, keep its fingerprint.
 */
public final class Fingerprints {
    private final Map<String, String> storyKeyOfSource;
    private final Map<String, String> labelOfClaim;

    public Fingerprints(Report report) {
        storyKeyOfSource = report.sources().stream().filter(source -> source.storyKey() != null)
                .collect(Collectors.toMap(source -> RelativePath.of(source.path()), SourceSummary::storyKey, (a, b) -> a));
        Set<String> named = report.findings().stream().map(Finding::claim).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        labelOfClaim = report.claims().stream().filter(claim -> named.contains(claim.id()))
                .collect(Collectors.toMap(Claim::id, Claim::label, (a, b) -> a));
    }

    public BaselineEntry entry(Finding finding) {
        List<String> values = values(finding);
        String story = storyKey(finding);
        String label = Objects.requireNonNullElse(labelOfClaim.get(finding.claim()), "");
        String fingerprint = sha256(String.join("\u001f", finding.rule(), story, label, String.join("\u001e", values)));
        return new BaselineEntry(fingerprint, finding.rule(), story, label, values, finding.message());
    }

    /**
     * The story key its sources declare; for stories grouped by content, the first path (in sorted
     * order) of the finding's own evidence, which adding other sources to the story does not change.
     */
    private String storyKey(Finding finding) {
        List<String> paths = finding.paths().stream().map(RelativePath::of).sorted().toList();
        if (finding.unreadable() != null) {
            return "file:" + paths.get(0);
        }
        return paths.stream().map(storyKeyOfSource::get).filter(Objects::nonNull).findFirst()
                .map(key -> "story:" + key)
                .orElseGet(() -> paths.isEmpty() ? "" : "file:" + paths.get(0));
    }

    private static List<String> values(Finding finding) {
        return finding.evidence().stream().map(evidence -> Values.interval(evidence.fact()))
                .distinct().sorted().toList();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
