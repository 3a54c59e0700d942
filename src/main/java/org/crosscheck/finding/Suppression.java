package org.crosscheck.finding;

/**
 * Why a finding does not fail the gate: an editor's reason, where it was written ({@code file:line}),
 * and whether that is a comment in the article itself or an entry of a suppression file.
 */
public record Suppression(String reason, String origin, boolean inSource) {
}
