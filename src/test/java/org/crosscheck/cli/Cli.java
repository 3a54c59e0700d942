package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs crosscheck as a user would, through {@link Main#mainWithoutExit}, and keeps what it printed. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.mainWithoutExit(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** A source file in {@code folder} dated 2025-03-04 in story {@code story}, with {@code body} after its header. */
    static Path article(Path folder, String name, String story, String body) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), "published: 2025-03-04\nstory: " + story + "\n\n" + body);
    }
}
