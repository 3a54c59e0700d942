package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each format, chosen alone, goes where the README says with the exit code of the findings. */
class FormatsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}: {1}, exit {2}")
    @CsvSource({
        "html,   report.html,      1, 16",
        "json,   report.json,      1, 16",
        "text,   report.txt,       1, 16",
        "sarif,  report.sarif,     1, 16",
        "junit,  report.junit.xml, 1, 16",
        "github, ,                 1, 16",
        "sarif,  report.sarif,     0, 14",
        "junit,  report.junit.xml, 0, 14",
        "github, ,                 0, 14"})
    void eachFormat(String format, String file, int exit, int otherCount) throws IOException {
        Path corpus = temp.resolve("corpus");
        Cli.article(corpus, "a.txt", "mine", "Rescuers said 14 people died in the mine collapse on Monday.\n");
        Cli.article(corpus, "b.txt", "mine", "Rescuers said " + otherCount + " people died when the mine collapsed on Monday.\n");
        Path out = temp.resolve("out");
        Cli checked = Cli.run("check", corpus.toString(), "--format", format, "--out", out.toString());
        assertEquals(exit, checked.exit(), checked.err());
        if (file == null) {
            assertEquals(exit == 1, checked.out().contains("::error file="), checked.out());
            assertFalse(Files.exists(out), "github writes to standard output only");
        } else {
            assertTrue(Files.exists(out.resolve(file)), file);
            assertTrue(checked.out().contains("wrote " + out.resolve(file)), checked.out());
            String marker = format.equals("sarif") ? "\"ruleId\" : \"value-conflict\"" : "value-conflict";
            assertEquals(exit == 1, Files.readString(out.resolve(file)).contains(marker), file);
        }
    }
}
