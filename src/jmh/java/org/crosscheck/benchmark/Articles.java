package org.crosscheck.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/** The article files below some folders, found as {@code crosscheck check} finds them, less the corpus READMEs. */
final class Articles {
    private Articles() {
    }

    static List<CorpusWalker.Entry> find(String... folders) {
        List<CorpusWalker.Entry> entries = new ArrayList<>(CorpusWalker.walk(List.of(folders)));
        entries.removeIf(entry -> entry.file().getFileName().toString().equalsIgnoreCase("README.md"));
        if (entries.isEmpty()) {
            throw new IllegalStateException("no articles in " + String.join(", ", folders));
        }
        return entries;
    }

    static List<Source> read(List<CorpusWalker.Entry> entries) {
        SourceReader reader = new SourceReader();
        List<Source> sources = new ArrayList<>();
        for (CorpusWalker.Entry entry : entries) {
            if (reader.read("s" + (sources.size() + 1), entry.file(), entry.displayPath()) instanceof SourceReader.Read read) {
                sources.add(read.source());
            } else {
                throw new IllegalStateException("cannot read " + entry.displayPath());
            }
        }
        return sources;
    }

    /** The size of the files on disk, in bytes (UTF-8, headers included). */
    static long bytes(List<CorpusWalker.Entry> entries) {
        long total = 0;
        for (CorpusWalker.Entry entry : entries) {
            try {
                total += Files.size(entry.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    static void describe(String what, int sources, long bytes) {
        System.out.printf("%n%s: %d sources, %.3f MB (%d bytes) per operation%n", what, sources, bytes / 1e6, bytes);
    }
}
