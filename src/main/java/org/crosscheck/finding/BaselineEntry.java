package org.crosscheck.finding;

import java.util.List;

/** A finding as a baseline file records it: its fingerprint and, for people reading the file, what it was. */
public record BaselineEntry(String fingerprint, String rule, String story, String label, List<String> values,
                            String message) {
}
