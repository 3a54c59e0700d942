package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One source of 1 MB holding 350,000 facts goes through the whole check and into report.json under
 * a hang guard of two minutes: linear work takes seconds, while a step quadratic in the facts of one
 * source (as looking up each fact's claim by scanning its source once was) takes many minutes.
 */
class DenseSourceTest {
    private static final int FACTS = 350_000;

    @Test
    void aSourceDenseInFactsIsCheckedAndReported(@TempDir Path folder) throws Exception {
        Cli.article(folder.resolve("corpus"), "dense.txt", "dense", "5% ".repeat(FACTS));
        Path out = folder.resolve("out");
        Cli cli = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Cli.run("check", folder.resolve("corpus").toString(),
                "--format", "json", "--out", out.toString(), "--fail-on", "never"));
        assertEquals(0, cli.exit(), cli.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(FACTS, report.get("facts").size());
    }
}
