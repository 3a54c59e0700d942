package org.crosscheck.cli;

import java.io.PrintWriter;
import org.crosscheck.finding.BaselineEntry;
import org.crosscheck.finding.Report;

/** The lines after the summary that say how the findings met the gate: suppressed, baselined, gone from the baseline. */
final class GateSummary {
    private GateSummary() {
    }

    static void print(Report report, PrintWriter out) {
        if (report.suppressedCount() > 0) {
            out.println("suppressed: " + report.suppressedCount() + " finding(s), not failing the run");
        }
        if (report.gate().baselineUsed()) {
            out.println("baseline: " + report.gate().baselined().size() + " known finding(s) set apart, "
                    + report.gate().gone().size() + " baseline entr" + (report.gate().gone().size() == 1 ? "y" : "ies")
                    + " no longer found");
        }
        for (BaselineEntry gone : report.gate().gone()) {
            out.println("  gone: " + gone.fingerprint() + " " + gone.rule() + " in " + gone.story() + ": " + gone.message());
        }
    }
}
