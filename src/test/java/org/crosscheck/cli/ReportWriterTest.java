package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.finding.Report;
import org.crosscheck.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report replaces the previous one whole or not at all, and leaves no temporary file behind. */
class ReportWriterTest {
    private static final Report EMPTY = new Report("test", Instant.EPOCH, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    @TempDir
    Path out;

    /** Writes a first line, then fails the way a full disk or a template error would. */
    private record FailingHalfway(RuntimeException runtime, IOException io) implements Renderer {
        @Override
        public void render(Report report, Writer writer) throws IOException {
            writer.write("{\"half\": ");
            writer.flush();
            if (io != null) {
                throw io;
            }
            throw runtime;
        }

        @Override
        public String fileName() {
            return "report.json";
        }
    }

    private record Fixed(String content) implements Renderer {
        @Override
        public void render(Report report, Writer writer) throws IOException {
            writer.write(content);
        }

        @Override
        public String fileName() {
            return "report.json";
        }
    }

    @Test
    void aFailedRenderLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
        Path written = ReportWriter.write(EMPTY, new Fixed("{\"previous\": true}"), out);
        assertEquals(out.resolve("report.json"), written);

        assertThrows(IOException.class, () -> ReportWriter.write(EMPTY, new FailingHalfway(null, new IOException("disk full")), out));
        assertThrows(IllegalStateException.class,
                () -> ReportWriter.write(EMPTY, new FailingHalfway(new IllegalStateException("template failed"), null), out));

        assertEquals("{\"previous\": true}", Files.readString(written));
        assertEquals(List.of(written), files());
    }

    @Test
    void aSuccessfulRenderReplacesTheReportWhole() throws IOException {
        ReportWriter.write(EMPTY, new Fixed("old"), out);
        ReportWriter.write(EMPTY, new Fixed("new"), out);
        assertEquals("new", Files.readString(out.resolve("report.json")));
        assertEquals(List.of(out.resolve("report.json")), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(out)) {
            return listing.toList();
        }
    }
}
