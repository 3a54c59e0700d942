package org.crosscheck.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.finding.RelativePath;
import org.crosscheck.source.CorpusWalker;

/**
 * The files a run reads: the paths given (a path with {@code * ? [ {} is a glob, walked from its
 * folder part), less the excludes. An exclude with a {@code /} is matched against the whole path,
 * one without against the file name, as in .gitignore.
 */
final class Selection {
    private Selection() {
    }

    static List<CorpusWalker.Entry> of(List<String> paths, List<String> excludes) {
        Map<Path, CorpusWalker.Entry> entries = new LinkedHashMap<>();
        for (String path : paths) {
            for (CorpusWalker.Entry entry : walk(path)) {
                entries.putIfAbsent(entry.file().toAbsolutePath().normalize(), entry);
            }
        }
        List<PathMatcher> excluded = excludes.stream().map(Selection::matcher).toList();
        List<CorpusWalker.Entry> kept = new ArrayList<>();
        for (CorpusWalker.Entry entry : entries.values()) {
            if (excluded.stream().noneMatch(matcher -> matches(matcher, entry.displayPath()))) {
                kept.add(entry);
            }
        }
        return kept;
    }

    private static List<CorpusWalker.Entry> walk(String path) {
        String normal = RelativePath.of(path);
        if (!isGlob(normal)) {
            return CorpusWalker.walk(List.of(path));
        }
        String[] segments = normal.split("/");
        List<String> literal = new ArrayList<>();
        for (String segment : segments) {
            if (isGlob(segment)) {
                break;
            }
            literal.add(segment);
        }
        String root = literal.isEmpty() ? "." : String.join("/", literal);
        if (normal.startsWith("/") && literal.size() <= 1) {
            root = "/";
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normal);
        return CorpusWalker.walk(List.of(root)).stream()
                .map(entry -> new CorpusWalker.Entry(entry.file(), RelativePath.of(entry.displayPath())))
                .filter(entry -> matcher.matches(Path.of(entry.displayPath())))
                .toList();
    }

    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + RelativePath.of(glob));
    }

    private static boolean matches(PathMatcher matcher, String displayPath) {
        Path path = Path.of(RelativePath.of(displayPath));
        return matcher.matches(path) || (path.getFileName() != null && matcher.matches(path.getFileName()));
    }
}
