package org.crosscheck.evaluate;

/** Counts of gold items, system items and matches, with precision, recall and F1 derived from them. */
public record Score(int gold, int system, int matched) {

    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(gold + other.gold, system + other.system, matched + other.matched);
    }
}
