package org.crosscheck.extract;

import java.util.Locale;

/** What a fact measures. The lower-case name is the {@code kind} in report.json. */
public enum Kind {
    COUNT, PERCENT, MONEY, DURATION, DATE, TIME, AGE, MEASURE, NUMBER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean temporal() {
        return this == DATE || this == TIME;
    }
}
