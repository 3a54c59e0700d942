package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** crosscheck.yaml: defaults for the options, strict about its keys, overridden by the command line. */
class ConfigTest {
    @TempDir
    Path temp;

    @BeforeEach
    void corpus() throws IOException {
        Cli.article(temp.resolve("articles"), "a.txt", "mine", "Rescuers said 14 people died in the mine collapse on Monday.\n");
        Cli.article(temp.resolve("articles"), "b.txt", "mine", "Sixteen people died when the mine collapsed on Monday, rescuers said.\n");
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(temp.resolve("crosscheck.yaml"), "paths: [articles]\nout: out\nrules:\n  folder: "
                + Path.of("rules").toAbsolutePath() + "\n" + yaml);
    }

    private Cli check(Path config, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("check", "--config", config.toString()),
                java.util.Arrays.stream(more)).toArray(String[]::new);
        return Cli.run(args);
    }

    @Test
    void pathsOutAndFormatsComeFromTheFileWhichResolvesThemAgainstItsFolder() throws IOException {
        Cli checked = check(config("format: [sarif, junit]\n"));
        assertEquals(1, checked.exit(), checked.err());
        assertTrue(Files.exists(temp.resolve("out/report.sarif")));
        assertTrue(Files.exists(temp.resolve("out/report.junit.xml")));
    }

    @Test
    void theCommandLineOverridesTheFile() throws IOException {
        Path config = config("failOn: never\n");
        assertEquals(0, check(config).exit());
        assertEquals(1, check(config, "--fail-on", "error").exit());
    }

    @Test
    void excludesLeaveFilesOut() throws IOException {
        Cli checked = check(config("exclude: [\"b.*\"]\nformat: [json]\n"));
        assertEquals(0, checked.exit(), checked.out());
        assertTrue(checked.out().contains("1 sources"), checked.out());
    }

    @Test
    void rulesCanBeDisabledOrGivenAnotherSeverity() throws IOException {
        assertEquals(0, check(config("  disabled: [value-conflict]\n")).exit());
        assertEquals(0, check(config("  severity: {value-conflict: warning}\n")).exit());
        assertEquals(1, check(config("  severity: {value-conflict: warning}\nfailOn: warning\n")).exit());
        assertEquals(0, check(config("  enabled: [single-source]\n")).exit());
    }

    @Test
    void aDefaultPublicationDateDatesUndatedStories() throws IOException {
        Files.writeString(temp.resolve("articles/c.txt"), "story: other\n\nThe plant will reopen on Friday, its owners said.\n");
        check(config("defaultPublished: 2025-06-02\nformat: [json]\n"));
        String json = Files.readString(temp.resolve("out/report.json"));
        var source = new ObjectMapper().readTree(json).get("sources").get(2);
        assertEquals("2025-06-02", source.get("published").asText(), json);
        assertTrue(source.get("publishedInferred").asBoolean());
    }

    @Test
    void storiesGroupedByKeyOnlyKeepUnkeyedSourcesApart() throws IOException {
        Files.writeString(temp.resolve("articles/c.txt"), "published: 2025-03-04\n\nRescuers said 18 people died in the mine collapse on Monday.\n");
        Files.writeString(temp.resolve("articles/d.txt"), "published: 2025-03-04\n\nRescuers said 19 people died in the mine collapse on Monday.\n");
        assertTrue(check(config("stories: {grouping: key}\n")).out().contains("in 3 stories"));
        assertTrue(check(config("stories: {grouping: content}\n")).out().contains("in 1 stories"));
    }

    @ParameterizedTest(name = "{0} -> exit 2: {1}")
    @CsvSource(delimiter = '|', value = {
        "flavour: sweet                          | crosscheck.yaml:5: unknown key 'flavour'",
        "'  disable: [update]'                  | crosscheck.yaml:5: unknown key 'disable'",
        "'  disabled: [updates]'                | crosscheck.yaml:5: unknown rule 'updates'",
        "'  severity: {update: fatal}'          | crosscheck.yaml:5: unknown severity 'fatal'",
        "failOn: sometimes                       | crosscheck.yaml:5: unknown level 'sometimes'",
        "defaultPublished: tuesday               | crosscheck.yaml:5: not a date",
        "stories: {grouping: vibes}              | crosscheck.yaml:5: unknown grouping 'vibes'",
        "paths: articles: x                      | crosscheck.yaml:5:"})
    void mistakesExitTwoNamingFileAndLine(String yaml, String message) throws IOException {
        Cli checked = check(config(yaml + "\n"));
        assertEquals(2, checked.exit(), checked.out());
        assertTrue(checked.err().contains(message), checked.err());
        assertTrue(checked.err().lines().count() == 1 && !checked.err().contains("\tat "), checked.err());
    }

    @Test
    void theFileInTheWorkingDirectoryIsFoundWithoutBeingNamed() throws IOException, InterruptedException {
        config("failOn: never\nformat: [junit]\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check")
                .directory(temp.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        assertTrue(Files.exists(temp.resolve("out/report.junit.xml")), output);
    }

    @Test
    void aMissingConfigFileExitsTwo() {
        Cli checked = Cli.run("check", "--config", temp.resolve("nope.yaml").toString());
        assertEquals(2, checked.exit());
        assertTrue(checked.err().contains("--config: file not found"), checked.err());
    }
}
