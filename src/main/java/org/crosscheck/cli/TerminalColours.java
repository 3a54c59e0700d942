package org.crosscheck.cli;

import java.util.Map;

/** Whether the stdout summary gets colours: only on a terminal, and never when NO_COLOR is set (no-color.org) or TERM is dumb. */
final class TerminalColours {
    private TerminalColours() {
    }

    static boolean wanted(Map<String, String> environment, boolean terminal) {
        String noColour = environment.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }

    static boolean wanted() {
        return wanted(System.getenv(), System.console() != null);
    }
}
