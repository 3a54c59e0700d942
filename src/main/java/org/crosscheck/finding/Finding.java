package org.crosscheck.finding;

import java.util.List;
import org.crosscheck.source.ReadProblem;

/**
 * What a rule found in one claim, or in a file. {@code category} is the class of finding (conflict, update,
 * internal, single-source, source-unreadable); {@code nearMiss} marks values that look like a typo of each other.
 * {@code fingerprint} identifies the finding across runs and edits (see {@link Fingerprints}); it and
 * {@code suppression} are null until the gate stage sets them. A finding on a file that could not be read has no
 * story, claim or evidence: {@code unreadable} names the file, and is null on every other finding.
 */
public record Finding(String id, String rule, Severity severity, String category, String message, String story,
                      String claim, List<Evidence> evidence, boolean nearMiss, String fingerprint,
                      Suppression suppression, ReadProblem unreadable) {

    public Finding(String id, String rule, Severity severity, String category, String message, String story,
                   String claim, List<Evidence> evidence, boolean nearMiss) {
        this(id, rule, severity, category, message, story, claim, evidence, nearMiss, null, null, null);
    }

    public Finding(String id, String rule, Severity severity, String category, String message, String story,
                   String claim, List<Evidence> evidence, boolean nearMiss, ReadProblem unreadable) {
        this(id, rule, severity, category, message, story, claim, evidence, nearMiss, null, null, unreadable);
    }

    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, category, message, story, claim, evidence, nearMiss, fingerprint,
                suppression, unreadable);
    }

    public Finding withEvidence(List<Evidence> newEvidence) {
        return new Finding(id, rule, severity, category, message, story, claim, newEvidence, nearMiss, fingerprint,
                suppression, unreadable);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(id, rule, severity, category, message, story, claim, evidence, nearMiss, newFingerprint,
                suppression, unreadable);
    }

    public Finding suppressedBy(Suppression newSuppression) {
        return new Finding(id, rule, severity, category, message, story, claim, evidence, nearMiss, fingerprint,
                newSuppression, unreadable);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** The files the finding is about: its evidence's sources, or the file that could not be read. */
    public List<String> paths() {
        return unreadable != null ? List.of(unreadable.path()) : evidence.stream().map(Evidence::sourcePath).toList();
    }

    /** Its first evidence's fact, else the file that could not be read; null when it has neither. */
    public Location location() {
        if (unreadable != null) {
            return new Location(unreadable.path(), unreadable.line(), 0);
        }
        return evidence.isEmpty() ? null : new Location(evidence.get(0).sourcePath(), evidence.get(0).fact().line(),
                evidence.get(0).fact().column());
    }
}
