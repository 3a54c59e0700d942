package org.crosscheck.finding;

import java.util.List;

/**
 * How a run's findings meet the CI gate: the level that fails it ({@code failOn}, null for never),
 * the findings a baseline already holds (kept out of {@link Report#findings}), the baseline
 * entries that no longer occur, and warnings about suppressions.
 */
public record Gate(Severity failOn, boolean baselineUsed, List<Finding> baselined, List<BaselineEntry> gone,
                   List<GateWarning> warnings) {

    public static final Gate NONE = new Gate(Severity.ERROR, false, List.of(), List.of(), List.of());

    /** Whether {@code finding} fails the gate: not suppressed, and at or above {@code failOn}. */
    public boolean fails(Finding finding) {
        return failOn != null && !finding.suppressed() && finding.severity().atLeast(failOn);
    }
}
