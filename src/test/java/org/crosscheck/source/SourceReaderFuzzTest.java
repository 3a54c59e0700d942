package org.crosscheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes, as a .txt, .md or .html file: the reader returns a source or a reason, never throws,
 * and a source's body and line index stay inside its text. {@code mvn verify} replays the inputs in
 * src/test/resources/org/crosscheck/source/SourceReaderFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SourceReaderFuzzTest {
    private static final String[] NAMES = {"a.txt", "a.md", "a.html"};

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveASourceOrAReason(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        SourceReader.Result result = new SourceReader().read("s1", data.consumeRemainingAsBytes(), name);
        if (result instanceof SourceReader.Failed failed) {
            assertTrue(!failed.problem().reason().isBlank() && failed.problem().path().equals(name));
            return;
        }
        Source source = ((SourceReader.Read) result).source();
        String text = source.text();
        assertTrue(0 <= source.bodyStart() && source.bodyStart() <= source.bodyEnd() && source.bodyEnd() <= text.length(),
                () -> source.bodyStart() + ".." + source.bodyEnd() + " of " + text.length());
        assertEquals(source.bodyEnd() - source.bodyStart(), source.body().length());
        int lastLine = source.lines().line(text.length());
        assertTrue(lastLine >= 1 && lastLine <= text.length() + 1);
        assertTrue(source.lines().column(text.length()) >= 1);
    }
}
