package org.crosscheck.rule;

import java.util.List;
import java.util.Set;
import org.crosscheck.finding.Finding;
import org.crosscheck.source.ReadProblem;

/** A kind of check, implemented in Java; rules are its tuned, named instances. Checks are pure functions. */
public interface Check {

    /** The findings of {@code rule} on one claim (ids are given later). */
    List<Finding> run(Rule rule, ClaimInContext claim);

    /** The findings of {@code rule} on a file that could not be read, or only in part; most checks have none. */
    default List<Finding> onUnreadable(Rule rule, ReadProblem problem) {
        return List.of();
    }

    /** The parameter names this check reads. */
    Set<String> parameters();

    /** The first parameter a rule sets that this check does not read, or null. */
    default String unsupportedParameter(Parameters given) {
        if (given.kinds() != null && !parameters().contains("kinds")) {
            return "kinds";
        }
        if (given.tolerance() != null && !parameters().contains("tolerance")) {
            return "tolerance";
        }
        if (given.minSources() != null && !parameters().contains("minSources")) {
            return "minSources";
        }
        if (given.maxValues() != null && !parameters().contains("maxValues")) {
            return "maxValues";
        }
        return null;
    }
}
