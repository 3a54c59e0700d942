package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalColoursTest {

    @Test
    void colourOnlyOnATerminal() {
        assertTrue(TerminalColours.wanted(Map.of("TERM", "xterm"), true));
        assertFalse(TerminalColours.wanted(Map.of("TERM", "xterm"), false));
    }

    @Test
    void noColorOrADumbTerminalTurnsColourOff() {
        assertFalse(TerminalColours.wanted(Map.of("NO_COLOR", "1"), true));
        assertTrue(TerminalColours.wanted(Map.of("NO_COLOR", ""), true), "an empty NO_COLOR does not count");
        assertFalse(TerminalColours.wanted(Map.of("TERM", "dumb"), true));
    }
}
