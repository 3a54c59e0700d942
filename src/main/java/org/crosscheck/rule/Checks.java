package org.crosscheck.rule;

import java.util.Map;
import java.util.TreeMap;

/** The check kinds a rule file may name. A fixed table: configuration never loads classes by name. */
final class Checks {
    private static final Map<String, Check> BY_NAME = new TreeMap<>(Map.of(
            "value-conflict", new ConflictCheck(),
            "update", new UpdateCheck(),
            "internal-contradiction", new InternalContradictionCheck(),
            "single-source", new SingleSourceCheck(),
            "source-unreadable", new SourceUnreadableCheck()));

    private Checks() {
    }

    static Check named(String name) {
        return BY_NAME.get(name);
    }

    static String names() {
        return String.join(", ", BY_NAME.keySet());
    }
}
