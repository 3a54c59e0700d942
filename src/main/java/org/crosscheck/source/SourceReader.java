package org.crosscheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one file into a {@link Source}: decodes it, finds its metadata, body and trailing boilerplate. */
public final class SourceReader {
    /** Larger files are not read: an article is a few kilobytes, a file this large is a dump or a mistake. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Pattern HEADLINE = Pattern.compile("[^\\n.!?]{10,200}[^\\n.!?,;:]");

    /** A source, or the reason it could not be read. */
    public sealed interface Result permits Read, Failed {
    }

    /** A source; {@code problem} is what was wrong with a file that could still be read (bad bytes), or null. */
    public record Read(Source source, ReadProblem problem) implements Result {
        public Read(Source source) {
            this(source, null);
        }
    }

    public record Failed(ReadProblem problem) implements Result {
    }

    /** Reads a file the corpus walk found, or fails with the problem the walk met on the way to it. */
    public Result read(String id, CorpusWalker.Entry entry) {
        return entry.problem() != null ? failed(entry.displayPath(), entry.problem())
                : read(id, entry.file(), entry.displayPath());
    }

    /**
     * Reads a file of at most {@link #MAX_BYTES} bytes. Binary, empty, too large and unreadable files
     * fail with the reason; text with bytes invalid in its encoding is read with U+FFFD in their place.
     */
    public Result read(String id, Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = readAtMost(file);
        } catch (IOException unreadable) {
            return failed(displayPath, "cannot be read: " + IoMessages.describe(unreadable));
        }
        return read(id, bytes, displayPath);
    }

    /** Reads a file's bytes, as {@link #read(String, Path, String)} does once it has them. */
    public Result read(String id, byte[] bytes, String displayPath) {
        if (bytes.length > MAX_BYTES) {
            return failed(displayPath, "too large: more than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; an article is far smaller, so this is not checked");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text() == null) {
            return failed(displayPath, decoded.problem());
        }
        if (decoded.text().isBlank()) {
            return failed(displayPath, bytes.length == 0 ? "empty file" : "no text (only white space)");
        }
        Source source = parse(id, displayPath, decoded.text());
        return new Read(source, decoded.problem() == null ? null
                : new ReadProblem(displayPath, decoded.problemLine(), decoded.problem()));
    }

    private static Failed failed(String displayPath, String reason) {
        return new Failed(new ReadProblem(displayPath, 0, reason));
    }

    /** The file's bytes, or {@link #MAX_BYTES} + 1 of them when it is longer, so a huge file is never read whole. */
    private static byte[] readAtMost(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_BYTES + 1);
        }
    }

    /** Builds a source from text already in memory; {@code path} decides the format by its extension. */
    public Source parse(String id, String path, String raw) {
        String lowerPath = path.toLowerCase(Locale.ROOT);
        String text = SuppressionComments.blank(raw);
        Metadata markupMetadata = Metadata.EMPTY;
        if (lowerPath.endsWith(".html") || lowerPath.endsWith(".htm")) {
            HtmlText.Read html = HtmlText.read(raw);
            text = html.text();
            markupMetadata = html.metadata();
        }
        HeaderParser.Header header = HeaderParser.parse(text);
        if (lowerPath.endsWith(".md")) {
            text = text.substring(0, header.bodyStart()) + MarkdownText.prose(text.substring(header.bodyStart()));
        }
        TrailerParser.Trailer trailer = TrailerParser.parse(text, header.bodyStart());
        int bodyStart = skipWhitespace(text, header.bodyStart(), trailer.bodyEnd());
        Metadata metadata = header.metadata().orElse(markupMetadata).orElse(trailer.metadata())
                .orElse(new Metadata(headline(text, bodyStart, trailer.bodyEnd()), null, null, false, null, null));
        return new Source(id, path, text, bodyStart, Math.max(bodyStart, trailer.bodyEnd()), metadata, LineIndex.of(text));
    }

    private static int skipWhitespace(String text, int from, int limit) {
        int position = from;
        while (position < limit && (Character.isWhitespace(text.charAt(position)) || text.charAt(position) == '\uFEFF')) {
            position++;
        }
        return position;
    }

    /** A first line standing alone before a blank line, without sentence punctuation, is the headline. */
    private static String headline(String text, int bodyStart, int bodyEnd) {
        int lineEnd = HeaderParser.lineEnd(text, bodyStart);
        if (lineEnd >= bodyEnd) {
            return null;
        }
        String first = text.substring(bodyStart, lineEnd).strip();
        int next = HeaderParser.nextLine(text, lineEnd);
        boolean blankFollows = HeaderParser.lineEnd(text, next) == next;
        return blankFollows && HEADLINE.matcher(first).matches() ? first : null;
    }
}
