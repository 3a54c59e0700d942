package org.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata, body and offsets for each way an article can carry them. */
class SourceReaderTest {
    private final SourceReader reader = new SourceReader();

    @Test
    void headerBlockGivesMetadataAndTheBodyFollowsIt() {
        String text = "title: Quake hits Peru\noutlet: Andean Press\npublished: 2024-03-05\nstory: peru-quake\n\nNine people died.";
        Source source = reader.parse("s1", "a.txt", text);
        assertEquals("Quake hits Peru", source.metadata().title());
        assertEquals("Andean Press", source.metadata().outlet());
        assertEquals(LocalDate.of(2024, 3, 5), source.metadata().published());
        assertEquals("peru-quake", source.metadata().story());
        assertEquals("Nine people died.", source.body());
    }

    @Test
    void frontMatterInMarkdownAndLinkTargetsAreNotText() {
        String text = "---\ntitle: \"Flood\"\noutlet: Omaha Herald\npublished: 2024-09-12\n---\n"
                + "Read [the 2019 report](https://example.org/2019/report-12) on 4 levees.";
        Source source = reader.parse("s1", "a.md", text);
        assertEquals("Omaha Herald", source.metadata().outlet());
        assertEquals(LocalDate.of(2024, 9, 12), source.metadata().published());
        assertFalse(source.body().contains("example.org"));
        int offset = text.indexOf("4 levees");
        assertEquals("4 levees", source.text().substring(offset, offset + 8));
    }

    @Test
    void leadingDateLineAndTrailingAttributions() {
        Source dated = reader.parse("s1", "a.txt", " date 2025-02-18 He stressed the talks went well.");
        assertEquals(LocalDate.of(2025, 2, 18), dated.metadata().published());
        assertTrue(dated.body().startsWith("He stressed"));
        Source attributed = reader.parse("s2", "b.txt",
                "The talks lasted 90 minutes.\nSource : https://www.nbcnews.com/news/world/x-rcna192544\n");
        assertEquals("nbcnews.com", attributed.metadata().outlet());
        assertEquals("The talks lasted 90 minutes.", attributed.body());
        Source original = reader.parse("s3", "c.txt", "The talks lasted 90 minutes.\nThis article was originally published on NBCNews.com");
        assertEquals("NBCNews.com", original.metadata().outlet());
    }

    @Test
    void trailingPageFurnitureIsNotPartOfTheArticle() {
        String text = "A first paragraph about the talks.\nA second paragraph about them.\nA third one.\n"
                + "Tags: Keywords:The Latest\nGaruda to Carry 90,933 Pilgrims\n";
        Source source = reader.parse("s1", "a.txt", text);
        assertFalse(source.body().contains("90,933"));
        assertEquals("A first paragraph about the talks.\nA second paragraph about them.\nA third one.", source.body());
    }

    @Test
    void htmlGivesMetaTagsAndTextAtItsOriginalOffsets() {
        String html = "<html><head><title>Fire</title><meta name=\"published\" content=\"2024-10-15\">"
                + "<meta property=\"og:site_name\" content=\"Evening Post\"><script>var x = 99;</script></head>"
                + "<body><p>Two people &amp; a dog died.</p><p>Crews fought it for <b>nine hours</b>.</p></body></html>";
        Source source = reader.parse("s1", "a.html", html);
        assertEquals("Fire", source.metadata().title());
        assertEquals("Evening Post", source.metadata().outlet());
        assertEquals(LocalDate.of(2024, 10, 15), source.metadata().published());
        int offset = html.indexOf("nine hours");
        assertEquals("nine hours", source.text().substring(offset, offset + 10));
        assertFalse(source.text().contains("99"), "script text is not article text");
        assertTrue(source.text().contains("Two people &"));
    }

    @Test
    void plainArticleWithoutMetadataKeepsItsHeadline() {
        Source source = reader.parse("s1", "a.txt", "Top Officials Discuss Ending the War\n\nThe talks were held on Tuesday.");
        assertEquals("Top Officials Discuss Ending the War", source.metadata().title());
        assertNull(source.metadata().published());
    }

    @Test
    void linesAndColumnsCountEveryKindOfLineEnd() {
        LineIndex lines = LineIndex.of("a\r\nbc\rd\ne");
        assertEquals(1, lines.line(0));
        assertEquals(2, lines.line(3));
        assertEquals(2, lines.column(4));
        assertEquals(3, lines.line(6));
        assertEquals(4, lines.line(8));
    }

    @Test
    void invalidUtf8IsAProblemNotACrash(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("bad.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
        SourceReader.Result result = reader.read("s1", file, "bad.txt");
        assertTrue(result instanceof SourceReader.Read read && read.problem().reason().contains("UTF-8")
                && read.source().text().equals("ok\uFFFD("));
    }
}
