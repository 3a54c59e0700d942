package org.crosscheck.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one file into a {@link Source}: decodes it, finds its metadata, body and trailing boilerplate. */
public final class SourceReader {
    private static final Pattern HEADLINE = Pattern.compile("[^\\n.!?]{10,200}[^\\n.!?,;:]");

    /** A source, or the reason it could not be read. */
    public sealed interface Result permits Read, Failed {
    }

    public record Read(Source source) implements Result {
    }

    public record Failed(ReadProblem problem) implements Result {
    }

    public Result read(String id, Path file, String displayPath) {
        String raw;
        try {
            raw = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException notUtf8) {
            return new Failed(new ReadProblem(displayPath, 0, "not valid UTF-8 text"));
        } catch (IOException unreadable) {
            return new Failed(new ReadProblem(displayPath, 0, "cannot be read: " + unreadable.getMessage()));
        }
        return new Read(parse(id, displayPath, raw));
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

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
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
