package org.crosscheck.finding;

import java.util.List;

/**
 * What a rule found in one claim. {@code category} is the class of finding (conflict, update,
 * internal, single-source); {@code nearMiss} marks values that look like a typo of each other.
 */
public record Finding(String id, String rule, Severity severity, String category, String message, String story,
                      String claim, List<Evidence> evidence, boolean nearMiss) {

    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, category, message, story, claim, evidence, nearMiss);
    }
}
