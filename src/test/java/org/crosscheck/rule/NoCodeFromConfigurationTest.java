package org.crosscheck.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;
import org.junit.jupiter.api.Test;

/** Rule files and article front matter are data: nothing in them loads a class or runs code. */
class NoCodeFromConfigurationTest {
    private static final Pattern REFLECTIVE = Pattern.compile(
            "Class\\.forName|loadClass\\(|ScriptEngine|\\.newInstance\\(|MethodHandles|enableDefaultTyping|activateDefaultTyping|@JsonTypeInfo");

    @Test
    void noMainSourceLoadsClassesByNameOrTurnsOnPolymorphicYaml() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> REFLECTIVE.matcher(read(file)).find())
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void aYamlTagInFrontMatterLoadsNoClass() {
        Source source = new SourceReader().parse("s1", "a.md",
                "---\ntitle: !!org.crosscheck.rule.Tripwire {}\npublished: 2025-03-04\n---\n14 people died.");
        assertNull(System.getProperty("crosscheck.tripwire.loaded"), "front matter made crosscheck load a class");
        assertEquals("14 people died.", source.body());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
