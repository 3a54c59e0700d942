package org.crosscheck.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. A byte-order mark picks UTF-8, UTF-16LE or UTF-16BE and is not
 * part of the text (offset 0 is the first character after it); without one the file is UTF-8. A
 * NUL byte in the first {@value #BINARY_PROBE} bytes of a file without a byte-order mark makes it
 * binary. Each sequence of bytes not valid in the encoding becomes one U+FFFD; the first is reported.
 * Line ends are kept as they are: CR and LF each count as one character.
 */
final class TextDecoder {
    static final int BINARY_PROBE = 8192;

    /** The text, or null for a binary file; {@code problem} says what was wrong, or is null. */
    record Decoded(String text, String problem, int problemLine) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, "binary file (a NUL byte at byte offset " + i + ")", 0);
            }
        }
        return decode(bytes, 0, StandardCharsets.UTF_8);
    }

    private static Decoded decode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        int firstBadByte = -1;
        int firstBadChar = -1;
        int badSequences = 0;
        CoderResult result = decoder.decode(in, out, true);
        while (result.isError()) {
            if (firstBadByte < 0) {
                firstBadByte = in.position();
                firstBadChar = out.position();
            }
            badSequences++;
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            result = decoder.decode(in, out, true);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (firstBadByte < 0) {
            return new Decoded(text, null, 0);
        }
        int line = LineIndex.of(text).line(firstBadChar);
        return new Decoded(text, "not valid " + charset.name() + ": first bad byte at line " + line + ", byte offset "
                + firstBadByte + " (" + badSequences + (badSequences == 1 ? " bad sequence" : " bad sequences")
                + " read as U+FFFD; the rest of the file is checked)", line);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
