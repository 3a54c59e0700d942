package org.crosscheck.source;

/**
 * One article as read from disk. {@code text} is the whole file with markup blanked out, so every
 * offset into it is an offset into the original file; the article itself runs from
 * {@code bodyStart} to {@code bodyEnd} (headers, front matter, trailing boilerplate lie outside).
 */
public record Source(String id, String path, String text, int bodyStart, int bodyEnd, Metadata metadata,
                     LineIndex lines) {

    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }

    public Source withMetadata(Metadata newMetadata) {
        return new Source(id, path, text, bodyStart, bodyEnd, newMetadata, lines);
    }
}
