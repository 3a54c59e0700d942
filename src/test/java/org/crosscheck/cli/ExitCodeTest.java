package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each exit code, reached through {@link Main#mainWithoutExit}, with the one line users see. */
class ExitCodeTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.mainWithoutExit(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path corpus(String first, String second) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(folder.resolve("a.txt"), "published: 2025-03-04\nstory: mine\n\n" + first);
        Files.writeString(folder.resolve("b.txt"), "published: 2025-03-04\nstory: mine\n\n" + second);
        return folder;
    }

    @Test
    void cleanCorpusExitsZero() throws IOException {
        Path corpus = corpus("Rescuers said 14 people died in the mine collapse on Monday.",
                "Fourteen people died when the mine collapsed on Monday, rescuers said.");
        assertEquals(0, run("check", corpus.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(out.toString().contains("findings: 0 error"), out.toString());
    }

    @Test
    void conflictExitsOneAndNeverACount() throws IOException {
        Path corpus = corpus("Rescuers said 14 people died in the mine collapse on Monday.",
                "Sixteen people died when the mine collapsed on Monday, rescuers said.");
        assertEquals(1, run("check", corpus.toString(), "--out", temp.resolve("out").toString()));
        assertEquals(0, run("check", corpus.toString(), "--out", temp.resolve("out").toString(), "--fail-on", "never"));
    }

    @Test
    void failOnWarningCountsWarnings() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("days"));
        Files.writeString(folder.resolve("a.txt"), "published: 2025-03-04\nstory: s\n\nRescuers said 14 people died in the mine collapse.");
        Files.writeString(folder.resolve("b.txt"), "published: 2025-03-05\nstory: s\n\nRescuers said 16 people died in the mine collapse.");
        String outDir = temp.resolve("out").toString();
        assertEquals(0, run("check", folder.toString(), "--out", outDir, "--fail-on", "error"));
        assertEquals(1, run("check", folder.toString(), "--out", outDir, "--fail-on", "warning"));
    }

    @ParameterizedTest(name = "{0} -> exit 2: {1}")
    @CsvSource(delimiter = '|', value = {
        "check --no-such-option        | Unknown option: '--no-such-option'",
        "check no/such/path            | path not found: no/such/path",
        "check --fail-on sometimes     | --fail-on: unknown level 'sometimes'",
        "check --format pdf            | --format: unknown format 'pdf'",
        "check --rules no/such/rules   | no/such/rules: rules folder not found",
        "frobnicate                    | Unmatched argument at index 0: 'frobnicate'"})
    void usageErrorsExitTwoWithOneLine(String args, String message) {
        assertEquals(2, run(args.trim().split("\\s+")));
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void invalidRuleFileExitsTwoNamingFileAndLine() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("odd.yaml"), "check: value-conflict\nseverity: error\nsummary: s\nmessage: m\nflavour: sweet\n");
        assertEquals(2, run("check", "seeds", "--rules", rules.toString(), "--out", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("odd.yaml:5: unknown key 'flavour'"), err.toString());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAUsageError() throws IOException {
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "a file where the output folder should be");
        assertEquals(2, run("check", "seeds", "--out", blocked.resolve("reports").toString()));
        assertTrue(err.toString().startsWith("crosscheck: --out: cannot create the folder " + blocked.resolve("reports")
                + ": not a directory"), err.toString());
        assertEquals(2, run("check", "seeds", "--out", blocked.toString()));
        assertTrue(err.toString().contains("a file of that name is in the way"), err.toString());
    }

    @Test
    void internalErrorExitsThreeWithOneLineAndATraceFile() throws IOException {
        StringWriter lines = new StringWriter();
        int exit = Main.handle(new IllegalStateException("a bug\nwith a second line"), new PrintWriter(lines, true));
        List<String> printed = lines.toString().lines().toList();
        assertEquals(3, exit);
        assertEquals(1, printed.size(), lines.toString());
        assertTrue(printed.get(0).startsWith("crosscheck: internal error: java.lang.IllegalStateException: a bug with a second line"
                + " (full trace in "), printed.get(0));
        Path trace = Path.of(printed.get(0).replaceFirst(".*full trace in (.*)\\)$", "$1"));
        assertTrue(Files.readString(trace).contains("at org.crosscheck.cli.ExitCodeTest"), "the trace file holds the stack");
        Files.delete(trace);
    }

    @Test
    void versionAndHelpExitZero() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("crosscheck"));
        assertEquals(0, run("check", "--help"));
        assertTrue(out.toString().contains("--fail-on"));
    }
}
