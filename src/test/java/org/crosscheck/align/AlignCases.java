package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Words;
import org.crosscheck.source.SourceReader;

/** What the align case files share: reading src/test/resources/align, and the facts of a case's texts. */
final class AlignCases {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 4);

    private AlignCases() {
    }

    static <T> T read(String file, TypeReference<T> type) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(Path.of("src/test/resources/align", file).toFile(), type);
    }

    /** The facts of a story with one source per text ("a", "b", ...); a null text adds no source. */
    static List<Fact> story(String... texts) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                String id = String.valueOf((char) ('a' + i));
                facts.addAll(new Extractor().extract(new SourceReader().parse(id, id + ".txt", texts[i]), PUBLISHED));
            }
        }
        return facts;
    }

    /** The fact of source {@code source} written {@code text}. */
    static Fact find(List<Fact> facts, String source, String text) {
        Fact fact = facts.stream().filter(f -> f.sourceId().equals(source) && f.text().equals(text)).findFirst().orElse(null);
        assertNotNull(fact, "no fact '" + text + "' in source " + source + " among "
                + facts.stream().map(f -> f.sourceId() + ":" + f.text()).toList());
        return fact;
    }

    /** A word as alignment keeps it: stemmed, lower case unless written with a capital. */
    static String stem(String word) {
        String stem = Words.stem(word.toLowerCase(Locale.ROOT));
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(stem.charAt(0)) + stem.substring(1) : stem;
    }
}
