package org.crosscheck.extract;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One numeric or temporal statement in a source, with its exact span and normalised value.
 *
 * <p>{@code value}, {@code low} and {@code high} are numbers in the canonical {@code unit}: SI units
 * for measures, seconds for durations, the ISO 4217 code for money. Dates are epoch days with the
 * granularity as unit ({@code day}, {@code month}, ...); times are epoch minutes, in UTC when the
 * unit is {@code UTC}, else local. An unbounded side is infinite. {@code near} holds the stemmed
 * content words of the fact's own clause, {@code context} those of its sentence, for alignment;
 * names keep their capital. {@code historical} marks a fact about a time more than a year before
 * publication: a date that old, or a figure a few words from one ("killed three in 2019").
 * {@code period} is, for a figure, the date a few words from it ("second-quarter revenue of
 * $3.6bn"), or null.
 */
public record Fact(String id, String sourceId, int start, int end, int line, int column, String text,
                   Kind kind, double value, double low, double high, String unit, String timex,
                   boolean ambiguous, String subject, Revision revision, boolean historical, Period period, String sentence,
                   int sentenceStart, List<String> near, List<String> context) {

    /** Whether the sentence presents the value as replaced ({@code OLD}) or as the replacement ({@code NEW}). */
    public enum Revision { NONE, OLD, NEW }

    /** The epoch days a figure is said of. */
    public record Period(double low, double high) {
        public boolean overlaps(Period other) {
            return low <= other.high && other.low <= high;
        }
    }

    /**
     * This fact as reports keep it: without what only alignment reads (subject, period, the words
     * around it), and with its sentence only if {@code keepSentence}; {@code shared} returns one
     * instance of equal strings.
     */
    public Fact compact(boolean keepSentence, UnaryOperator<String> shared) {
        return new Fact(id, sourceId, start, end, line, column, shared.apply(text), kind, value, low, high,
                shared.apply(unit), shared.apply(timex), ambiguous, null, revision, historical, null,
                keepSentence ? sentence : null, sentenceStart, List.of(), List.of());
    }

    /** This figure read as a count of {@code noun}, with {@code near} as the words of its clause. */
    public Fact asCount(String noun, List<String> near) {
        return new Fact(id, sourceId, start, end, line, column, text, Kind.COUNT, value, low, high, noun, timex,
                ambiguous, noun, revision, historical, period, sentence, sentenceStart, List.copyOf(near), context);
    }

    /** This figure with no date it is said of. */
    public Fact withoutPeriod() {
        return new Fact(id, sourceId, start, end, line, column, text, kind, value, low, high, unit, timex, ambiguous,
                subject, revision, historical, null, sentence, sentenceStart, near, context);
    }

    /** By id alone: facts are kept in hash maps during alignment, and their context lists are long. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The text of the fact's sentence before the fact (clamped to the sentence); the sentence must be kept. */
    public String sentenceBefore() {
        return sentence.substring(0, Math.max(0, Math.min(sentence.length(), start - sentenceStart)));
    }

    public boolean exact() {
        return low == high;
    }

    public boolean overlaps(Fact other) {
        return low <= other.high && other.low <= high;
    }
}
