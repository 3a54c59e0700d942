package org.crosscheck.finding;

import java.nio.file.Path;

/**
 * A source path as CI tools and fingerprints want it: forward slashes, no leading {@code ./}, and
 * relative to the working directory when it lies below it.
 */
public final class RelativePath {
    private RelativePath() {
    }

    public static String of(String path) {
        String relative = path;
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            Path here = Path.of("").toAbsolutePath();
            if (given.normalize().startsWith(here)) {
                relative = here.relativize(given.normalize()).toString();
            }
        }
        relative = relative.replace('\\', '/');
        while (relative.startsWith("./")) {
            relative = relative.substring(2);
        }
        return relative;
    }
}
