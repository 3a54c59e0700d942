package org.crosscheck.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * Page data for an HTML {@code <script>} data block. Small data is JSON with {@code <}, {@code >} and
 * {@code &} written as \\u escapes, so no text can close the block or open a comment; data longer than
 * a threshold is gzipped and Base64-encoded (the page inflates it with the browser's own
 * DecompressionStream), which makes a 10,000-finding page several times smaller. Empty strings and
 * lists are left out.
 */
final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private ScriptJson() {
    }

    /** A data block's content, gzipped and Base64-encoded when {@code gzip}. */
    public record Block(String text, boolean gzip) {
    }

    static Block of(Object value, int gzipAbove) {
        String json;
        try {
            json = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page data: " + e.getMessage(), e);
        }
        if (json.length() <= gzipAbove) {
            return new Block(json, false);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Block(Base64.getEncoder().encodeToString(bytes.toByteArray()), true);
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
