package org.crosscheck.rule;

import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** A claim with what the checks need to know of its sources, and how many sources its story has. */
public record ClaimInContext(Claim claim, Map<String, SourceRef> sources, int storySources) {

    /**
     * A source as the checks see it: where it is, when it was published (and whether that date was
     * borrowed from its story), which copy family it belongs to.
     */
    public record SourceRef(String path, LocalDate published, boolean publishedInferred, String family) {
    }

    public SourceRef source(Fact fact) {
        return sources.get(fact.sourceId());
    }

    public LocalDate published(Fact fact) {
        return source(fact).published();
    }

    /**
     * Whether a fact's value rests on a borrowed publication date: a day named without digits
     * ("Monday", "today", "this afternoon") in a source whose date was inferred.
     */
    public boolean guessedDay(Fact fact) {
        return fact.kind().temporal() && fact.kind() != Kind.DURATION
                && source(fact).publishedInferred() && fact.text().chars().noneMatch(Character::isDigit);
    }
}
