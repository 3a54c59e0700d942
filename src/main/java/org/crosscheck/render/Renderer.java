package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import org.crosscheck.finding.Report;

/** Writes a report in one format. Renderers hold no state between reports. */
public interface Renderer {

    void render(Report report, Writer out) throws IOException;

    /** The file name the report is written to, in the output folder. */
    String fileName();

    /** Whether the report goes to standard output instead of a file (CI annotations do). */
    default boolean toStandardOutput() {
        return false;
    }
}
