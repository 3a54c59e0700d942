package org.crosscheck.align;

import java.util.List;

/** Sources that report one event; facts are compared only within a story. */
public record Story(String id, List<String> sourceIds) {
}
