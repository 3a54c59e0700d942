package org.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk reaches every article and turns links, loops and depth into entries with a problem. */
class CorpusWalkerTest {
    @TempDir
    Path temp;

    private Map<String, String> walk(Path root) {
        return CorpusWalker.walk(List.of(root.toString())).stream().collect(Collectors.toMap(
                entry -> temp.relativize(entry.file()).toString(), entry -> String.valueOf(entry.problem())));
    }

    @Test
    void linksAreFollowedAndLoopsAndBrokenLinksBecomeProblems() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus/inner"));
        Files.writeString(corpus.resolve("a.txt"), "14 people died.");
        Files.writeString(temp.resolve("outside.txt"), "15 people died.");
        Files.createSymbolicLink(corpus.resolve("linked.txt"), temp.resolve("outside.txt"));
        Files.createSymbolicLink(corpus.resolve("up"), temp.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("gone.txt"), temp.resolve("missing.txt"));
        Files.createSymbolicLink(corpus.resolve("self.md"), corpus.resolve("self.md"));
        Files.writeString(corpus.resolve("notes.csv"), "not an article");

        Map<String, String> entries = walk(temp.resolve("corpus"));

        assertEquals("null", entries.get("corpus/inner/a.txt"));
        assertEquals("null", entries.get("corpus/inner/linked.txt"));
        assertEquals("cannot be read: symbolic link loop", entries.get("corpus/inner/up"));
        assertTrue(entries.get("corpus/inner/gone.txt").startsWith("not a regular file"), entries.toString());
        assertTrue(entries.get("corpus/inner/self.md").startsWith("not a regular file"), entries.toString());
        assertEquals(5, entries.size(), entries.toString());
    }

    @Test
    void foldersDeeperThanTheLimitAreNamedAndShallowerOnesRead() throws IOException {
        Path folder = temp.resolve("deep");
        for (int level = 1; level <= CorpusWalker.MAX_DEPTH + 20; level++) {
            folder = Files.createDirectories(folder.resolve("d"));
            if (level == CorpusWalker.MAX_DEPTH - 1) {
                Files.writeString(folder.resolve("reached.txt"), "14 people died.");
            }
        }
        Files.writeString(folder.resolve("too-deep.txt"), "15 people died.");

        List<CorpusWalker.Entry> entries = CorpusWalker.walk(List.of(temp.resolve("deep").toString()));

        assertEquals(2, entries.size(), entries.toString());
        CorpusWalker.Entry reached = entries.stream().filter(e -> e.file().endsWith("reached.txt")).findFirst().orElseThrow();
        assertNull(reached.problem());
        CorpusWalker.Entry tooDeep = entries.stream().filter(e -> e != reached).findFirst().orElseThrow();
        assertEquals("folder more than 64 levels deep; not read", tooDeep.problem());
    }

    @Test
    void aFolderThatCannotBeListedIsAProblemAndTheRestIsRead() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "14 people died.");
        Path closed = Files.createDirectories(corpus.resolve("closed"));
        Files.writeString(closed.resolve("b.txt"), "15 people died.");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(closed), "running as root: permissions do not stop listing");
            Map<String, String> entries = walk(corpus);
            assertEquals(Map.of("corpus/a.txt", "null", "corpus/closed", "cannot be read: permission denied"), entries);
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aPathGivenThatIsNoFileIsAProblemNotAHang() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("dangling.txt"), temp.resolve("nowhere.txt"));
        List<CorpusWalker.Entry> entries = CorpusWalker.walk(List.of(link.toString()));
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).problem().startsWith("not a regular file"), entries.get(0).problem());
    }
}
