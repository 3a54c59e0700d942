package org.crosscheck.cli;

/** What a run's exit status means. Never a count of findings. */
public enum ExitCode {
    /** No finding at or above the {@code --fail-on} level. */
    CLEAN(0),
    /** At least one finding at or above the {@code --fail-on} level. */
    FINDINGS(1),
    /** The command line or a configuration or rule file is wrong. */
    USAGE(2),
    /** crosscheck itself failed. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
