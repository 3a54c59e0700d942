package org.crosscheck.finding;

import java.util.List;
import org.crosscheck.source.ReadProblem;

/**
 * What a rule found in one claim, or in a file. {@code category} is the class of finding (conflict,
 * update, internal, single-source, source-unreadable); {@code nearMiss} marks values that look like a
 * typo of each other. A finding on a file that could not be read has no story, claim or evidence:
 * {@code unreadable} names the file, and is null on every other finding.
 */
public record Finding(String id, String rule, Severity severity, String category, String message, String story,
                      String claim, List<Evidence> evidence, boolean nearMiss, ReadProblem unreadable) {

    public Finding(String id, String rule, Severity severity, String category, String message, String story,
                   String claim, List<Evidence> evidence, boolean nearMiss) {
        this(id, rule, severity, category, message, story, claim, evidence, nearMiss, null);
    }

    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, category, message, story, claim, evidence, nearMiss, unreadable);
    }
}
