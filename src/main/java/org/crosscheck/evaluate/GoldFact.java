package org.crosscheck.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One annotated fact: its span (the {@code nth} occurrence of {@code span} in the text), kind,
 * value, unit, bounds and TIMEX3 value, as docs/facts.md defines them. Values are numbers, or ISO
 * strings for dates and times.
 */
public record GoldFact(@JsonProperty("span") String span,
                       @JsonProperty("nth") Integer nth,
                       @JsonProperty("kind") String kind,
                       @JsonProperty("value") Object value,
                       @JsonProperty("unit") String unit,
                       @JsonProperty("low") Object low,
                       @JsonProperty("high") Object high,
                       @JsonProperty("timex") String timex,
                       @JsonProperty("ambiguous") Boolean ambiguous) {

    /** Where the span starts in {@code text}, or -1 when it does not occur {@code nth} times. */
    public int start(String text) {
        int from = -1;
        for (int occurrence = 0; occurrence < (nth == null ? 1 : nth); occurrence++) {
            from = text.indexOf(span, from + 1);
            if (from < 0) {
                return -1;
            }
        }
        return from;
    }

    /** Where the span starts in {@code text}; a span that is not there is an error of the gold file {@code file}. */
    public int requireStart(String text, Object file, String where) {
        int start = start(text);
        if (start < 0) {
            throw new IllegalArgumentException(file + ": span \"" + span + "\""
                    + (nth == null ? "" : " (occurrence " + nth + ")") + " not found in " + where);
        }
        return start;
    }
}
