package org.crosscheck.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the article files below them, in a stable order. */
public final class CorpusWalker {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

    /** A path as the user wrote it, and one file found from it. */
    public record Entry(Path file, String displayPath) {
    }

    private CorpusWalker() {
    }

    /** @throws IllegalArgumentException naming a path that does not exist */
    public static List<Entry> walk(List<String> paths) {
        List<Entry> entries = new ArrayList<>();
        for (String given : paths) {
            Path root = Path.of(given);
            if (!Files.exists(root)) {
                throw new IllegalArgumentException("path not found: " + given);
            }
            if (Files.isRegularFile(root)) {
                entries.add(new Entry(root, given));
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(CorpusWalker::isArticle).sorted()
                        .forEach(file -> entries.add(new Entry(file, display(given, root, file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static String display(String given, Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return given.endsWith("/") ? given + relative : given + "/" + relative;
    }
}
