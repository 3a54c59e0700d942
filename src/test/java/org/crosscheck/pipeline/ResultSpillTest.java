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
import org.crosscheck.finding.FactClaims;
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
        spill.keep(1, story2, List.of(first));
        spill.keep(0, ofS1, List.of(second));

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
    void anEmptySpillHoldsNothing() {
        ResultSpill spill = new ResultSpill(3, 1);
        spill.keep(0, List.of(), List.of());
        assertEquals(List.of(), spill.facts());
        assertEquals(List.of(), spill.claims());
    }
}
