package org.crosscheck.rule;

/** Marks, when anything loads it, that a configuration file made crosscheck load a class by name. */
public final class Tripwire {
    static {
        System.setProperty("crosscheck.tripwire.loaded", "true");
    }

    private Tripwire() {
    }
}
