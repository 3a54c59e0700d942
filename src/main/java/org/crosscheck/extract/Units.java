package org.crosscheck.extract;

import java.util.HashMap;
import java.util.Map;
import org.crosscheck.source.Lexicon;

/** Units of measure, currencies and units of time, read from the lexicon tables. */
final class Units {
    /** A unit as it converts to the canonical unit of its dimension: canonical = (value + offset) * factor. */
    record Unit(String canonical, double factor, double offset) {
        double convert(double value) {
            return Double.isInfinite(value) ? value : (value + offset) * factor;
        }
    }

    /** A unit of time: its length in seconds and its TIMEX3 designator ("TM" for minutes, "Y" for years). */
    record TimeUnit(double seconds, String designator) {
    }

    /** A match of {@code length} tokens. */
    record Found<T>(int length, T unit) {
    }

    private static final Map<String, Unit> MEASURES = new HashMap<>();
    private static final Map<String, TimeUnit> TIME_UNITS = new HashMap<>();
    private static final Map<String, String> CURRENCIES_BEFORE = new HashMap<>();
    private static final Map<String, String> CURRENCIES_AFTER = new HashMap<>();
    private static final Phrases CURRENCY_BEFORE_PHRASES;
    private static final Phrases CURRENCY_AFTER_PHRASES;
    private static final Phrases MEASURE_PHRASES;

    static {
        for (String[] row : Lexicon.rows("units.tsv")) {
            double offset = row.length > 3 ? Double.parseDouble(row[3]) : 0;
            MEASURES.put(row[0].toLowerCase(), new Unit(row[1], Double.parseDouble(row[2]), offset));
        }
        Lexicon.rows("duration-units.tsv").forEach(row ->
                TIME_UNITS.put(row[0], new TimeUnit(Double.parseDouble(row[1]), row[2])));
        for (String[] row : Lexicon.rows("currencies.tsv")) {
            if (!"after".equals(row[2])) {
                CURRENCIES_BEFORE.put(row[0], row[1]);
            }
            if (!"before".equals(row[2])) {
                CURRENCIES_AFTER.put(row[0], row[1]);
            }
        }
        CURRENCY_BEFORE_PHRASES = Phrases.of(CURRENCIES_BEFORE);
        CURRENCY_AFTER_PHRASES = Phrases.of(CURRENCIES_AFTER);
        Map<String, Unit> hyphenated = new HashMap<>(MEASURES);
        MEASURES.keySet().forEach(unit -> hyphenated.put(unit.replace(' ', '-'), MEASURES.get(unit)));
        MEASURE_PHRASES = Phrases.of(hyphenated);
    }

    private Units() {
    }

    /**
     * A unit of measure at token {@code i}, hyphens read as spaces ("nautical-mile"); a one-letter
     * unit counts only glued to the number ("18C").
     */
    static Found<Unit> measure(Passage passage, int i) {
        int length = MEASURE_PHRASES.lengthAt(passage, i);
        if (length == 0) {
            return null;
        }
        String written = passage.phrase(i, i + length).replace('-', ' ');
        boolean shortUnit = written.length() == 1 || written.equals("mi") || written.equals("ha");
        if (shortUnit && !passage.glued(i)) {
            return null;
        }
        return new Found<>(length, MEASURES.get(written));
    }

    static Found<TimeUnit> timeUnit(Passage passage, int i) {
        TimeUnit unit = TIME_UNITS.get(passage.lower(i));
        return unit == null || !passage.isWord(i) ? null : new Found<>(1, unit);
    }

    static boolean isTimeUnit(String lower) {
        return TIME_UNITS.containsKey(lower);
    }

    /** A currency sign or code written before an amount, at token {@code i}: "$", "US$", "EUR". */
    static Found<String> currencyBefore(Passage passage, int i) {
        int length = CURRENCY_BEFORE_PHRASES.lengthAt(passage, i);
        return length == 0 ? null : new Found<>(length, CURRENCIES_BEFORE.get(passage.phrase(i, i + length)));
    }

    static Found<String> currencyAfter(Passage passage, int i) {
        int length = CURRENCY_AFTER_PHRASES.lengthAt(passage, i);
        return length == 0 ? null : new Found<>(length, CURRENCIES_AFTER.get(passage.phrase(i, i + length)));
    }
}
