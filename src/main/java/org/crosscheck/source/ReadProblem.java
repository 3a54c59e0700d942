package org.crosscheck.source;

/** A file that could not be read as a source, and why. */
public record ReadProblem(String path, int line, String reason) {
}
