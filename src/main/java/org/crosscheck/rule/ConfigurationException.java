package org.crosscheck.rule;

/** A rule or configuration file that cannot be used; the message names the file, line and problem. */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
