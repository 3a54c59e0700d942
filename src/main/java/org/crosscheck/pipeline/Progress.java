package org.crosscheck.pipeline;

import java.nio.file.Path;

/** Told of each source the first pass reads and each story the second checks; a terminal shows it as a progress line. */
public interface Progress {
    Progress NONE = new Progress() {
    };

    default void start(int sources) {
    }

    default void read(Path file) {
    }

    /** Every source is read; story grouping starts. */
    default void grouping() {
    }

    default void startStories(int stories) {
    }

    default void storyChecked() {
    }

    default void finish() {
    }
}
