package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each broken rule file in src/test/resources/bad-rules, alone in a rules folder, stops the run with
 * exit 2 and one line naming the file, the line and the problem (expected.yaml), without a stack
 * trace, and without loading any class a file names (the tripwire class marks itself when loaded).
 */
class BadConfigurationTest {
    private static final Path BAD_RULES = Path.of("src/test/resources/bad-rules");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyBrokenRuleFileIsOneLineAndExitTwo() throws IOException {
        JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(BAD_RULES.resolve("expected.yaml").toFile());
        try (Stream<Path> files = Files.list(BAD_RULES)) {
            List<Path> broken = files.filter(file -> !file.endsWith("expected.yaml")).sorted().toList();
            assertEquals(expected.size(), broken.size(), "every broken file has an expectation");
            return broken.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                    () -> check(file, expected.get(file.getFileName().toString()))));
        }
    }

    private void check(Path broken, JsonNode expected) throws IOException {
        Path rules = Files.createDirectories(temp.resolve(broken.getFileName() + "-rules"));
        Path copy = Files.copy(broken, rules.resolve(broken.getFileName()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.mainWithoutExit(new PrintWriter(out, true), new PrintWriter(err, true),
                "check", "seeds", "--rules", rules.toString(), "--out", temp.resolve("out").toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, exit, err.toString());
        assertEquals(1, lines.size(), err.toString());
        String prefix = "crosscheck: " + copy + ":" + expected.get("line").asInt() + ": ";
        assertTrue(lines.get(0).startsWith(prefix) && lines.get(0).contains(expected.get("says").asText()),
                () -> "expected " + prefix + "..." + expected.get("says").asText() + "..., got " + lines.get(0));
        assertNull(System.getProperty("crosscheck.tripwire.loaded"), "a rule file made crosscheck load a class");
        assertTrue(Files.notExists(temp.resolve("out")) || Files.list(temp.resolve("out")).findAny().isEmpty(),
                "no report is written when the configuration is wrong");
    }
}
