package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since}: the stories holding changed or untracked files, with all their sources. */
class ChangedSinceTest {
    @TempDir
    Path temp;
    Path repo;

    @BeforeEach
    void repository() throws IOException, InterruptedException {
        repo = temp.resolve("repo");
        Cli.article(repo, "mine-a.txt", "mine", "Rescuers said 14 people died in the mine collapse on Monday.\n");
        Cli.article(repo, "mine-b.txt", "mine", "Sixteen people died when the mine collapsed on Monday, rescuers said.\n");
        Cli.article(repo, "fire-a.txt", "fire", "The fire in the harbour destroyed 3 fishing boats, the port said.\n");
        Cli.article(repo, "fire-b.txt", "fire", "The harbour fire destroyed 5 fishing boats, the port said.\n");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "articles");
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private Cli check(String ref) {
        return Cli.run("check", repo.toString(), "--changed-since", ref, "--format", "json",
                "--out", temp.resolve("out").toString());
    }

    private List<String> sourcePaths() throws IOException {
        JsonNode report = new ObjectMapper().readTree(temp.resolve("out/report.json").toFile());
        return report.get("sources").findValuesAsText("path").stream().map(path -> Path.of(path).getFileName().toString())
                .sorted().toList();
    }

    @Test
    void aChangedFileBringsItsStoryWithItsOtherSources() throws IOException {
        Files.writeString(repo.resolve("fire-a.txt"), "\nThe port later confirmed the count.\n", java.nio.file.StandardOpenOption.APPEND);
        Cli checked = check("HEAD");
        assertEquals(1, checked.exit(), checked.out() + checked.err());
        assertEquals(List.of("fire-a.txt", "fire-b.txt"), sourcePaths());
    }

    @Test
    void untrackedFilesCountAsChanged() throws IOException {
        Cli.article(repo, "mine-c.txt", "mine", "The mine had reopened in May.\n");
        assertEquals(1, check("HEAD").exit());
        assertEquals(List.of("mine-a.txt", "mine-b.txt", "mine-c.txt"), sourcePaths());
    }

    @Test
    void nothingChangedChecksNothing() throws IOException {
        Cli checked = check("HEAD");
        assertEquals(0, checked.exit(), checked.out());
        assertEquals(List.of(), sourcePaths());
    }

    @Test
    void anUnknownRefExitsTwo() {
        Cli checked = check("no-such-branch");
        assertEquals(2, checked.exit());
        assertTrue(checked.err().contains("--changed-since: unknown git ref 'no-such-branch'"), checked.err());
    }

    @Test
    void outsideAGitRepositoryExitsTwo() throws IOException {
        Path plain = temp.resolve("plain");
        Cli.article(plain, "a.txt", "mine", "Rescuers said 14 people died.\n");
        Cli checked = Cli.run("check", plain.toString(), "--changed-since", "HEAD", "--out", temp.resolve("out").toString());
        assertEquals(2, checked.exit());
        assertTrue(checked.err().contains("--changed-since: not a git repository"), checked.err());
    }
}
