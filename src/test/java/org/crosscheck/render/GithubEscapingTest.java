package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub's workflow-command escaping: % CR LF everywhere, and : , in properties. */
class GithubEscapingTest {
    @ParameterizedTest(name = "{0} -> {1} | {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "20%                 | 20%25               | 20%25",
        "a: b, c             | a: b, c             | a%3A b%2C c",
        "line\\nnext\\rend   | line%0Anext%0Dend   | line%0Anext%0Dend",
        "100%: 3,4           | 100%25: 3,4         | 100%25%3A 3%2C4"})
    void escapes(String raw, String data, String property) {
        String text = raw.strip().replace("\\n", "\n").replace("\\r", "\r");
        assertEquals(data.strip(), GithubRenderer.escapeData(text));
        assertEquals(property.strip(), GithubRenderer.escapeProperty(text));
    }

    @Test
    void aCommandPutsPropertiesBeforeTheMessage() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", "news/a, b.md");
        properties.put("line", "3");
        assertEquals("::error file=news/a%2C b.md,line=3::14 vs 16%0Asee a: b\n",
                GithubRenderer.command("error", properties, "14 vs 16\nsee a: b"));
    }
}
