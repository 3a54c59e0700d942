package org.crosscheck.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.FactClaims;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Severity;
import org.junit.jupiter.api.Test;

class ResultSpillTest {
    /** A compact fact of source {@code ordinal}, with the fields that vary set to unusual values. */
    private static Fact fact(int ordinal, int number, String sentence) {
        String source = ResultSpill.sourceId(ordinal);
        return new Fact(source + ".f" + number, source, 10 * number, 10 * number + 4, number, 3, "€5 «é» " + number,
                Kind.values()[number % Kind.values().length], number + 0.25, Double.NEGATIVE_INFINITY, number * 2.0,
                number % 2 == 0 ? "EUR" : null, number % 3 == 0 ? "2025-03-04" : null, number % 4 == 0, null,
                Fact.Revision.values()[number % 3], number % 5 == 0, null, sentence, 7, List.of(), List.of());
    }

    @Test
    void factsComeBackInCorpusOrderWithTheirClaimsWhicheverOrderStoriesWereKept() {
        ResultSpill spill = new ResultSpill(5, 2);
        List<Fact> ofS4 = List.of(fact(3, 1, null), fact(3, 2, "A sentence a finding cites."));
        List<Fact> ofS1 = List.of(fact(0, 1, null), fact(0, 2, null), fact(0, 3, null));
        List<Fact> ofS2 = List.of(fact(1, 1, null));
        Claim first = new Claim("story-2.c1", "story-2", Kind.MONEY, "EUR", "price", List.of(ofS4.get(0), ofS2.get(0)));
        Claim second = new Claim("story-1.c1", "story-1", Kind.COUNT, null, "dead", List.of(ofS1.get(2)));
        List<Fact> story2 = new ArrayList<>(ofS4);
        story2.addAll(ofS2);
        spill.keep(1, story2, List.of(first), List.of());
        spill.keep(0, ofS1, List.of(second), List.of());

        List<Fact> expected = new ArrayList<>(ofS1);
        expected.addAll(ofS2);
        expected.addAll(ofS4);
        List<Fact> facts = spill.facts();
        assertEquals(expected, facts);
        assertEquals(expected, IntStream.range(0, facts.size()).mapToObj(facts::get).toList());
        assertThrows(IndexOutOfBoundsException.class, () -> facts.get(facts.size()));
        assertEquals(List.of(second, first), spill.claims());

        FactClaims claims = (FactClaims) facts;
        assertEquals("story-2.c1", claims.claimOf(ofS2.get(0)));
        assertEquals("story-1.c1", claims.claimOf(ofS1.get(2)));
        assertNull(claims.claimOf(ofS1.get(0)));
        assertEquals("story-2.c1", claims.claimOf(ofS4.get(0)));
    }

    @Test
    void findingsComeBackWithTheirEvidenceFromTheFile() {
        ResultSpill spill = new ResultSpill(2, 2);
        Fact cited = fact(1, 2, "A sentence a finding cites.");
        Fact other = fact(0, 3, "Another, «é».");
        Finding conflict = new Finding(null, "count-conflict", Severity.ERROR, "conflict", "2 and 3", "story-2",
                "story-2.c1", List.of(new Evidence(cited, "b.txt", "2025-03-04"), new Evidence(other, "a.txt", null)), true);
        Finding single = new Finding(null, "single-source", Severity.INFO, "single-source", "one", "story-2",
                "story-2.c2", List.of(new Evidence(other, "a.txt", null)), false);
        Finding bare = new Finding(null, "note", Severity.INFO, "internal", "none", "story-1", null, List.of(), false);
        List<Finding> second = spill.keep(1, List.of(), List.of(), List.of(conflict, single));
        List<Finding> first = spill.keep(0, List.of(), List.of(), List.of(bare));

        assertEquals(List.of(conflict, single), second);
        assertEquals(List.of(bare), first);
        assertEquals(conflict.evidence(), second.get(0).evidence());
        assertEquals(cited.sentence(), second.get(0).evidence().get(0).fact().sentence());
    }

    @Test
    void anEmptySpillHoldsNothing() {
        ResultSpill spill = new ResultSpill(3, 1);
        spill.keep(0, List.of(), List.of(), List.of());
        assertEquals(List.of(), spill.facts());
        assertEquals(List.of(), spill.claims());
    }
}
