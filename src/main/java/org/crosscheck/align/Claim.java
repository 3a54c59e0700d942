package org.crosscheck.align;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;

/** Facts from one or more sources that state the same quantity about the same thing. */
public record Claim(String id, String story, Kind kind, String unit, String label, List<Fact> facts) {

    public Set<String> sourceIds() {
        return facts.stream().map(Fact::sourceId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** This claim over other versions of its facts, found by fact id. */
    public Claim withFacts(Map<String, Fact> byId) {
        return new Claim(id, story, kind, unit, label, facts.stream().map(fact -> byId.get(fact.id())).toList());
    }
}
