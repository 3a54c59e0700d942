package org.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comment forms, the line each one exempts, and plain-text comments kept out of the article text. */
class SuppressionCommentsTest {
    private final SourceReader reader = new SourceReader();

    @Test
    void markdownCommentExemptsTheNextLineWithText() {
        String raw = "First line.\n<!-- crosscheck-disable-next-line value-conflict, update: checked with the mayor -->\n\nThe toll: 12.\n";
        Source source = reader.parse("s1", "a.md", raw);
        assertEquals(List.of(new SuppressionComments.Comment(2, 4, List.of("value-conflict", "update"), "checked with the mayor")),
                SuppressionComments.find(raw, source.text()));
    }

    @Test
    void htmlCommentSkipsMarkupOnlyLines() {
        String raw = "<html><body>\n<!-- crosscheck-disable-next-line value-conflict: wire error -->\n<div>\n<p>12 dead.</p>\n</div></body></html>\n";
        Source source = reader.parse("s1", "a.html", raw);
        assertEquals(4, SuppressionComments.find(raw, source.text()).get(0).targetLine());
    }

    @Test
    void plainTextCommentIsBlankedOutOfTheArticle() {
        String raw = "published: 2025-03-04\n\n# crosscheck-disable-next-line value-conflict: the wire said 12\n14 people died.\n";
        Source source = reader.parse("s1", "a.txt", raw);
        assertEquals(List.of(new SuppressionComments.Comment(3, 4, List.of("value-conflict"), "the wire said 12")),
                SuppressionComments.find(raw, source.text()));
        assertEquals(raw.length(), source.text().length());
        assertEquals("14 people died.", source.body().strip());
    }

    @Test
    void aCommentWithoutReasonHasAnEmptyOne() {
        String raw = "# crosscheck-disable-next-line update\nText.\n";
        assertEquals("", SuppressionComments.find(raw, raw).get(0).reason());
    }
}
