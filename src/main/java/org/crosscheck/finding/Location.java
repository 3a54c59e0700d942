package org.crosscheck.finding;

/** Where a finding points in a file; {@code line} and {@code column} are 1-based, 0 when unknown. */
public record Location(String path, int line, int column) {
}
