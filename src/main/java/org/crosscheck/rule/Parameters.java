package org.crosscheck.rule;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The tuning a rule file may give its check. Every field is optional; a check states which ones it
 * reads, and the loader rejects the others.
 */
public record Parameters(@JsonProperty("kinds") List<String> kinds,
                         @JsonProperty("tolerance") Double tolerance,
                         @JsonProperty("minSources") Integer minSources,
                         @JsonProperty("maxValues") Integer maxValues) {

    public static final Parameters NONE = new Parameters(null, null, null, null);

    public double toleranceOr(double fallback) {
        return tolerance == null ? fallback : tolerance;
    }

    public int minSourcesOr(int fallback) {
        return minSources == null ? fallback : minSources;
    }

    public int maxValuesOr(int fallback) {
        return maxValues == null ? fallback : maxValues;
    }

    /** The tuning besides kinds, for people: "tolerance 0.01, maxValues 3", or "" when there is none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (tolerance != null) {
            parts.add("tolerance " + tolerance);
        }
        if (minSources != null) {
            parts.add("minSources " + minSources);
        }
        if (maxValues != null) {
            parts.add("maxValues " + maxValues);
        }
        return String.join(", ", parts);
    }
}
