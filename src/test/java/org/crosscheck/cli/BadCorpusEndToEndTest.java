package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.render.SarifSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of every kind of bad file, generated here, next to good ones, through the whole command:
 * each bad file is a source-unreadable finding on stderr and in every report, the good files' finding
 * is still there, every format (SARIF, GitHub annotations, JUnit, JSON, HTML, text) locates the bad
 * files, and nothing is written outside --out.
 */
class BadCorpusEndToEndTest {
    private static final String STORY = "published: 2025-03-04\nstory: ../../../escape\ntitle: <script>x</script>\n\n";

    @TempDir
    Path temp;

    @Test
    void badFilesAreNamedAndGoodFilesStillChecked() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Map<String, String> expectedReasons = new HashMap<>(writeBadFiles(corpus));
        Files.writeString(corpus.resolve("good-a.txt"), STORY + "Rescuers said 14 people died in the mine collapse on Monday.");
        Files.writeString(corpus.resolve("good-b.txt"), STORY + "Rescuers said 16 people died in the mine collapse on Monday.");
        byte[] utf16 = (STORY.replace("\n", "\r\n") + "Fourteen people died in the mine collapse, rescuers said.").getBytes(StandardCharsets.UTF_16LE);
        Files.write(corpus.resolve("good-utf16-crlf.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.json"), "{\"previous\": true}");
        List<Path> before = tree(temp, out);

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.mainWithoutExit(new PrintWriter(stdout, true), new PrintWriter(stderr, true),
                "check", corpus.toString(), "--out", out.toString(), "--format", "sarif,github,junit,json,html,text");

        assertEquals(1, exit, stderr.toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        Map<String, String> reported = new HashMap<>();
        for (JsonNode finding : report.get("findings")) {
            if ("source-unreadable".equals(finding.get("rule").asText())) {
                reported.put(Path.of(finding.get("source").asText()).getFileName().toString(), finding.get("message").asText());
                assertEquals("error", finding.get("severity").asText());
            }
        }
        assertEquals(expectedReasons.keySet(), reported.keySet(), reported.toString());
        String text = Files.readString(out.resolve("report.txt"));
        String html = Files.readString(out.resolve("report.html"));
        String junit = Files.readString(out.resolve("report.junit.xml"));
        JsonNode sarif = new ObjectMapper().readTree(out.resolve("report.sarif").toFile());
        assertEquals(Set.of(), SarifSchema.validate(sarif), "report.sarif is valid SARIF");
        Map<String, JsonNode> sarifLocations = new HashMap<>();
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            if ("source-unreadable".equals(result.get("ruleId").asText())) {
                JsonNode location = result.get("locations").get(0).get("physicalLocation");
                String uri = location.get("artifactLocation").get("uri").asText();
                sarifLocations.put(uri.substring(uri.lastIndexOf('/') + 1), location);
            }
        }
        assertEquals(expectedReasons.keySet(), sarifLocations.keySet(), "each bad file is a located SARIF result");
        assertEquals(5, sarifLocations.get("latin1.txt").get("region").get("startLine").asInt(), "the line of the first bad byte");
        expectedReasons.forEach((name, reason) -> {
            assertTrue(reported.get(name).contains(reason), name + ": " + reported.get(name));
            assertTrue(stderr.toString().lines().anyMatch(line -> line.contains(name) && line.contains(reason)), name + " on stderr");
            assertTrue(text.contains(name + ": " + reason), name + " in report.txt");
            assertTrue(html.contains(name), name + " in report.html");
            assertTrue(junit.contains(name + ": " + reason), name + " in report.junit.xml");
            assertTrue(stdout.toString().lines().anyMatch(line -> line.startsWith("::error file=")
                    && line.contains(name + ": " + reason)), name + " as a GitHub annotation");
        });
        assertTrue(stderr.toString().lines().noneMatch(line -> line.contains("\tat ") || line.contains("Exception")), stderr.toString());
        assertTrue(stream(report.get("findings")).anyMatch(finding -> "value-conflict".equals(finding.get("rule").asText())
                && finding.get("message").asText().contains("14") && finding.get("message").asText().contains("16")),
                "the good files' conflict is still found");
        assertTrue(stream(report.get("sources")).anyMatch(source -> source.get("path").asText().endsWith("good-utf16-crlf.txt")));
        assertTrue(stream(report.get("sources")).anyMatch(source -> source.get("path").asText().endsWith("latin1.txt")),
                "a file with bad bytes is still checked");

        List<Path> after = tree(temp, out);
        assertEquals(before, after, "nothing was written outside --out");
        try (Stream<Path> reports = Files.list(out)) {
            assertEquals(List.of("report.html", "report.json", "report.junit.xml", "report.sarif", "report.txt"),
                    reports.map(path -> path.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    /** Writes the bad files; returns, for each, the reason its finding must give. */
    private static Map<String, String> writeBadFiles(Path corpus) throws IOException {
        Map<String, String> reasons = new HashMap<>();
        Files.write(corpus.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        reasons.put("binary.txt", "binary file (a NUL byte at byte offset 8)");
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        reasons.put("empty.txt", "empty file");
        Files.writeString(corpus.resolve("blank.md"), "\n \r\n\t");
        reasons.put("blank.md", "no text (only white space)");
        Files.write(corpus.resolve("latin1.txt"), (STORY + "The caf\u00e9 owners said 14 people died.").getBytes(StandardCharsets.ISO_8859_1));
        reasons.put("latin1.txt", "not valid UTF-8: first bad byte at line 5");
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        reasons.put("huge.txt", "too large");
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        reasons.put("loop", "cannot be read: symbolic link loop");
        Files.createSymbolicLink(corpus.resolve("broken.txt"), corpus.resolve("missing.txt"));
        reasons.put("broken.txt", "not a regular file");
        Path deep = corpus;
        for (int level = 0; level < 70; level++) {
            deep = Files.createDirectories(deep.resolve("d"));
        }
        Files.writeString(deep.resolve("deep.txt"), "14 people died.");
        reasons.put("d", "folder more than 64 levels deep");
        Files.writeString(corpus.resolve("long-line.txt"), "Rescuers searched the mine all night. ".repeat(27_000));
        Path secret = Files.writeString(corpus.resolve("secret.txt"), STORY + "Rescuers said 15 people died.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(secret)) {
            reasons.put("secret.txt", "cannot be read: permission denied");
        } else {
            Files.delete(secret);
        }
        return reasons;
    }

    private static List<Path> tree(Path root, Path except) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.startsWith(except)).sorted().toList();
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
