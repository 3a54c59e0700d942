package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalProgressTest {
    @Test
    void showsSourcesReadAndClearsTheLineAtTheEnd(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "Forty people were hurt on Monday.");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.start(2);
        progress.read(file);
        String reading = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(reading.startsWith("\rreading 1 of 2 sources, "), reading);
        assertTrue(reading.contains(" s left"), reading);
        progress.finish();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r"));
    }
}
