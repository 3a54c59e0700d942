package org.crosscheck.finding;

/** Something wrong with how the gate was told to treat findings, such as a suppression without a reason. */
public record GateWarning(String path, int line, String message) {
}
