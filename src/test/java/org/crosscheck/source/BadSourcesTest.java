package org.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not plain UTF-8 text: decoded with offsets into the decoded file, or failed with a reason. */
class BadSourcesTest {
    private static final String ARTICLE = "published: 2025-03-04\n\nRescuers said 14 people died.";

    @TempDir
    Path temp;

    private final SourceReader reader = new SourceReader();

    private SourceReader.Result read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(temp.resolve(name), bytes);
        return reader.read("s1", file, name);
    }

    private Source text(String name, byte[] bytes) throws IOException {
        SourceReader.Result result = read(name, bytes);
        assertInstanceOf(SourceReader.Read.class, result, () -> String.valueOf(result));
        return ((SourceReader.Read) result).source();
    }

    private String failure(String name, byte[] bytes) throws IOException {
        SourceReader.Result result = read(name, bytes);
        assertInstanceOf(SourceReader.Failed.class, result, () -> String.valueOf(result));
        return ((SourceReader.Failed) result).problem().reason();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTextInAnyEncoding() throws IOException {
        byte[][] files = {
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8)),
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)),
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE))};
        for (byte[] bytes : files) {
            Source source = text("a.txt", bytes);
            assertEquals(ARTICLE, source.text());
            assertEquals(LocalDate.of(2025, 3, 4), source.metadata().published());
            assertEquals("Rescuers said 14 people died.", source.body());
        }
    }

    @Test
    void crlfAndLoneCrEndLinesAndEachCharacterCountsOnce() throws IOException {
        for (String lineEnd : new String[] {"\r\n", "\r"}) {
            String article = ARTICLE.replace("\n", lineEnd) + lineEnd + "Later, 15 were found." + lineEnd;
            Source source = text("a.txt", article.getBytes(StandardCharsets.UTF_8));
            assertEquals(article, source.text());
            assertEquals(LocalDate.of(2025, 3, 4), source.metadata().published());
            int offset = article.indexOf("15 were");
            assertEquals(4, source.lines().line(offset), lineEnd.length() + "-char line end");
            assertEquals(8, source.lines().column(offset));
        }
    }

    @Test
    void invalidUtf8IsReadWithReplacementAndTheFirstBadByteIsNamed() throws IOException {
        byte[] bytes = "published: 2025-03-04\n\nCaf\u00e9 owners said 14 people died.\nThe caf\u00e9s reopened.".getBytes(StandardCharsets.ISO_8859_1);
        SourceReader.Result result = read("latin1.txt", bytes);
        SourceReader.Read read = assertInstanceOf(SourceReader.Read.class, result);
        assertTrue(read.source().text().contains("Caf\uFFFD owners said 14 people died."), read.source().text());
        assertEquals(bytes.length, read.source().text().length(), "one U+FFFD per bad byte keeps offsets where they were");
        assertEquals(3, read.problem().line());
        assertTrue(read.problem().reason().startsWith("not valid UTF-8: first bad byte at line 3, byte offset 26 (2 bad sequences"),
                read.problem().reason());
    }

    @Test
    void binaryEmptyAndBlankFilesFailWithTheirReason() throws IOException {
        assertEquals("binary file (a NUL byte at byte offset 3)", failure("a.txt", new byte[] {'P', 'K', 3, 0, 4, 'x'}));
        assertEquals("empty file", failure("b.txt", new byte[0]));
        assertEquals("no text (only white space)", failure("c.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileOverTheLimitIsNotReadWhole() throws IOException {
        Path file = temp.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }
        SourceReader.Result result = reader.read("s1", file, "huge.txt");
        String reason = assertInstanceOf(SourceReader.Failed.class, result).problem().reason();
        assertTrue(reason.startsWith("too large: more than 16 MiB"), reason);
    }

    @Test
    void aFolderWhereAFileShouldBeFailsWithoutAnException() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("folder.txt"));
        SourceReader.Result result = reader.read("s1", folder, "folder.txt");
        String reason = assertInstanceOf(SourceReader.Failed.class, result).problem().reason();
        assertTrue(reason.startsWith("cannot be read: "), reason);
    }

    @Test
    void aFileWithoutReadPermissionFails() throws IOException {
        Path file = Files.writeString(temp.resolve("secret.txt"), ARTICLE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        SourceReader.Result result = reader.read("s1", file, "secret.txt");
        assertEquals("cannot be read: permission denied", assertInstanceOf(SourceReader.Failed.class, result).problem().reason());
    }

    @Test
    void cleanUtf8HasNoProblem() throws IOException {
        SourceReader.Result result = read("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertNull(assertInstanceOf(SourceReader.Read.class, result).problem());
    }
}
