package org.crosscheck.extract;

import java.util.Map;
import org.crosscheck.source.Lexicon;

/** Words before a number that bound it: "about", "more than", "nearly", "up to". */
final class Approximation {
    private static final Map<String, String> TYPES = Lexicon.map("approximators.tsv");
    private static final Phrases PHRASES = Phrases.of(TYPES);

    /** An approximator spanning {@code length} tokens, of a bounding {@code type} from approximators.tsv. */
    record Found(int length, String type) {
        static final Found NONE = new Found(0, "exact");

        /**
         * The interval the wording allows around a number read as {@code low..high}: an approximator
         * bounds the stated value itself, so its rounding interval no longer applies.
         */
        double[] bound(double low, double high) {
            if (!"exact".equals(type) && low != high && high - low < Math.abs(low) * 0.1) {
                double stated = (low + high) / 2;
                low = stated;
                high = stated;
            }
            return switch (type) {
                case "around" -> new double[] {low * 0.9, high * 1.1};
                case "just-below" -> new double[] {low * 0.9, high};
                case "just-above" -> new double[] {low, high * 1.1};
                case "above" -> new double[] {low, Double.POSITIVE_INFINITY};
                case "below" -> new double[] {0, high};
                default -> new double[] {low, high};
            };
        }
    }

    private Approximation() {
    }

    static Found at(Passage passage, int i) {
        int length = PHRASES.lengthAt(passage, i);
        return length == 0 ? Found.NONE : new Found(length, TYPES.get(passage.phrase(i, i + length)));
    }
}
