package org.crosscheck.rule;

import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;

/** A claim with what the checks need to know of its sources, and how many sources its story has. */
public record ClaimInContext(Claim claim, Map<String, SourceRef> sources, int storySources) {

    /** A source as the checks see it: where it is, when it was published, which copy family it belongs to. */
    public record SourceRef(String path, LocalDate published, String family) {
    }

    public SourceRef source(Fact fact) {
        return sources.get(fact.sourceId());
    }

    public LocalDate published(Fact fact) {
        return source(fact).published();
    }
}
