package org.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gold span that is not in its text is an error naming the gold file, never a silent miss. */
class GoldSpansTest {
    @TempDir
    Path folder;

    @Test
    void storyGoldNamesTheMissingSpanAndItsSource() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "The fire burned 5,000 acres.");
        Path expected = Files.writeString(folder.resolve("expected.yaml"), """
                story: fire
                conflicts:
                  - class: conflict
                    note: acres
                    facts:
                      - {source: a.txt, span: "5,000 acres"}
                      - {source: a.txt, span: "6,000 acres"}
                """);
        var problem = assertThrows(IllegalArgumentException.class, () -> StoryGold.read(expected));
        assertEquals(expected + ": span \"6,000 acres\" not found in a.txt", problem.getMessage());
    }

    @Test
    void storyGoldNamesAMissingSource() throws IOException {
        Path expected = Files.writeString(folder.resolve("expected.yaml"), """
                story: fire
                traps:
                  - type: approximation
                    note: acres
                    facts:
                      - {source: b.txt, span: "5,000 acres"}
                """);
        var problem = assertThrows(IllegalArgumentException.class, () -> StoryGold.read(expected));
        assertEquals(expected + ": source not found: b.txt", problem.getMessage());
    }

    @Test
    void storyGoldReadsWhenEverySpanOccursAsOftenAsItsOccurrenceSays() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "Two died on Monday; two more died on Tuesday.");
        Path expected = Files.writeString(folder.resolve("expected.yaml"), """
                story: deaths
                traps:
                  - type: different-thing
                    note: two days
                    facts:
                      - {source: a.txt, span: "died on", nth: 2}
                      - {source: a.txt, span: "Monday"}
                """);
        assertEquals(1, StoryGold.read(expected).traps().size());
    }

    @Test
    void extractionGoldNamesASpanThatOccursFewerTimesThanItsOccurrenceSays() throws IOException {
        Path gold = Files.writeString(folder.resolve("passage.yaml"), """
                source: written for the test
                published: 2025-03-04
                text: "Three people died."
                facts:
                  - {span: "Three people", nth: 2, kind: count, value: 3, unit: person}
                """);
        var problem = assertThrows(IllegalArgumentException.class, () -> GoldDocument.read(gold));
        assertEquals(gold + ": span \"Three people\" (occurrence 2) not found in its text", problem.getMessage());
    }
}
