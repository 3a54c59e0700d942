package org.crosscheck.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths given on the command line into the article files below them, in a stable order.
 * Symbolic links are followed; a link loop, a folder that cannot be listed, a broken link with an
 * article's name or a folder deeper than {@link #MAX_DEPTH} levels becomes an entry with a problem
 * instead of stopping the walk.
 */
public final class CorpusWalker {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
    public static final int MAX_DEPTH = 64;
    private static final String NOT_A_FILE =
            "not a regular file (a broken or looping symbolic link, a pipe or a device)";

    /** A path as the user wrote it, and one file found from it; {@code problem} is why it cannot be read, or null. */
    public record Entry(Path file, String displayPath, String problem) {
        public Entry(Path file, String displayPath) {
            this(file, displayPath, null);
        }
    }

    private CorpusWalker() {
    }

    /** @throws IllegalArgumentException naming a path that does not exist */
    public static List<Entry> walk(List<String> paths) {
        List<Entry> entries = new ArrayList<>();
        for (String given : paths) {
            Path root = Path.of(given);
            if (!Files.exists(root) && !Files.isSymbolicLink(root)) {
                throw new IllegalArgumentException("path not found: " + given);
            }
            if (!Files.isDirectory(root)) {
                entries.add(new Entry(root, given, Files.isRegularFile(root) ? null : NOT_A_FILE));
                continue;
            }
            List<Entry> found = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
                        new Visitor(given, root, found));
            } catch (IOException unlisted) {
                found.add(new Entry(root, given, "cannot be read: " + IoMessages.describe(unlisted)));
            }
            found.sort(Comparator.comparing(Entry::file));
            entries.addAll(found);
        }
        return entries;
    }

    /** Collects article files; turns each failure into an entry and goes on. */
    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final String given;
        private final Path root;
        private final List<Entry> found;

        Visitor(String given, Path root, List<Entry> found) {
            this.given = given;
            this.root = root;
            this.found = found;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isDirectory()) {
                found.add(new Entry(file, display(file), "folder more than " + MAX_DEPTH + " levels deep; not read"));
            } else if (isArticle(file)) {
                found.add(new Entry(file, display(file), attributes.isRegularFile() ? null : NOT_A_FILE));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file) || isArticle(file)) {
                found.add(new Entry(file, display(file), "cannot be read: " + IoMessages.describe(failure)));
            }
            return FileVisitResult.CONTINUE;
        }

        private String display(Path file) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            return given.endsWith("/") ? given + relative : given + "/" + relative;
        }
    }

    private static boolean isArticle(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(lower.substring(dot + 1));
    }
}
