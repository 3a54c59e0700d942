package org.crosscheck.finding;

import org.crosscheck.extract.Fact;

/** One fact a finding rests on, with the source it came from. */
public record Evidence(Fact fact, String sourcePath, String published) {
}
