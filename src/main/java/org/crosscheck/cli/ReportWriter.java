package org.crosscheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.crosscheck.finding.Report;
import org.crosscheck.render.Renderer;

/**
 * Writes each report to a temporary file in the output folder (with the usual permissions, unlike
 * {@code createTempFile}), then renames it over the old one, so no reader ever sees half a report.
 */
final class ReportWriter {
    private ReportWriter() {
    }

    static Path write(Report report, Renderer renderer, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(renderer.fileName());
        Path temporary = Files.createFile(folder.resolve("." + renderer.fileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                renderer.render(report, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
