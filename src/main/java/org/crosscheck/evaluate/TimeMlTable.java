package org.crosscheck.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import org.crosscheck.evaluate.TimeMlEvaluation.Counts;
import org.crosscheck.evaluate.TimeMlEvaluation.DocumentResult;
import org.crosscheck.evaluate.TimeMlEvaluation.Result;

/** Writes a TimeML evaluation as plain-text tables, measures in percent. */
final class TimeMlTable {
    private static final String MEASURES = "%-10s %5s %6s %6s %7s %6s | %6s %6s %6s | %6s %6s %6s | %6s %6s%n";
    private static final String PEERS = "Published value F1 on TempEval-3 platinum: HeidelTime 77.61, SUTime about 67-68.";

    private TimeMlTable() {
    }

    static void write(Result result, PrintWriter out, boolean verbose) {
        out.printf(Locale.ROOT, "TempEval-3 TIMEX3 evaluation: %d documents%n%n", result.documents().size());
        out.printf(Locale.ROOT, MEASURES, "", "gold", "system", "strict", "relaxed", "value",
                "str P", "str R", "str F1", "rel P", "rel R", "rel F1", "val ac", "val F1");
        row(out, "overall", result.overall());
        result.byType().forEach((type, counts) -> row(out, type, counts));
        out.printf(Locale.ROOT, "%n%s%n%n", PEERS);
        out.printf(Locale.ROOT, "%-32s %5s %6s %6s %7s %6s%n", "document", "gold", "system", "strict", "relaxed", "value");
        for (DocumentResult document : result.documents()) {
            Counts c = document.counts();
            out.printf(Locale.ROOT, "%-32s %5d %6d %6d %7d %6d%n", document.id(), c.gold(), c.system(), c.strict(),
                    c.relaxed(), c.valueCorrect());
            if (verbose) {
                document.errors().forEach(error -> out.println("    " + error));
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, Counts c) {
        out.printf(Locale.ROOT, MEASURES, label, c.gold(), c.system(), c.strict(), c.relaxed(), c.valueCorrect(),
                percent(c.strictSpans().precision()), percent(c.strictSpans().recall()), percent(c.strictSpans().f1()),
                percent(c.relaxedSpans().precision()), percent(c.relaxedSpans().recall()), percent(c.relaxedSpans().f1()),
                percent(c.valueAccuracy()), percent(c.valueF1()));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }
}
