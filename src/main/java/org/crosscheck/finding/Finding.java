package org.crosscheck.finding;

import java.util.List;

/**
 * What a rule found in one claim. {@code category} is the class of finding (conflict, update,
 * internal, single-source); {@code nearMiss} marks values that look like a typo of each other.
 * {@code fingerprint} identifies the finding across runs and edits (see {@link Fingerprints}); it
 * and {@code suppression} are null until the gate stage sets them.
 */
public record Finding(String id, String rule, Severity severity, String category, String message, String story,
                      String claim, List<Evidence> evidence, boolean nearMiss, String fingerprint,
                      Suppression suppression) {

    public Finding(String id, String rule, Severity severity, String category, String message, String story,
                   String claim, List<Evidence> evidence, boolean nearMiss) {
        this(id, rule, severity, category, message, story, claim, evidence, nearMiss, null, null);
    }

    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, category, message, story, claim, evidence, nearMiss, fingerprint,
                suppression);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(id, rule, severity, category, message, story, claim, evidence, nearMiss, newFingerprint,
                suppression);
    }

    public Finding suppressedBy(Suppression newSuppression) {
        return new Finding(id, rule, severity, category, message, story, claim, evidence, nearMiss, fingerprint,
                newSuppression);
    }

    public boolean suppressed() {
        return suppression != null;
    }
}
