package org.crosscheck.rule;

import java.util.Set;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Severity;

/** A rule as loaded from {@code rules/<id>.yaml}: which check it runs, how, and what it tells the reader. */
public record Rule(String id, String check, Severity severity, String summary, String because, String message,
                   Set<Kind> kinds, Parameters parameters) {

    public boolean appliesTo(Kind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
