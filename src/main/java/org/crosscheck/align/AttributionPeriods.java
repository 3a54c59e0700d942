package org.crosscheck.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Fact;

/**
 * A figure is not dated by the day its statement was made: in "bringing the number of dead to 21,
 * officials said on Monday" the toll is of Sunday's crash as known on Monday, and it may agree or
 * disagree with "killing 19 people early on Sunday". A figure whose period is the day of a
 * reporting verb in its sentence ({@link Incidental#attributionDay}) is left without a period.
 */
final class AttributionPeriods {

    private AttributionPeriods() {
    }

    static List<Fact> strip(List<Fact> facts) {
        Set<String> saidOn = new HashSet<>();
        for (Fact fact : facts) {
            if (fact.sentence() != null && Incidental.attributionDay(fact)) {
                saidOn.add(key(fact.sourceId(), fact.sentenceStart(), fact.low(), fact.high()));
            }
        }
        if (saidOn.isEmpty()) {
            return facts;
        }
        List<Fact> stripped = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            Fact.Period period = fact.period();
            boolean dated = period != null
                    && saidOn.contains(key(fact.sourceId(), fact.sentenceStart(), period.low(), period.high()));
            stripped.add(dated ? fact.withoutPeriod() : fact);
        }
        return stripped;
    }

    private static String key(String source, int sentence, double low, double high) {
        return source + "@" + sentence + ":" + low + ".." + high;
    }
}
