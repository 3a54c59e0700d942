package org.crosscheck.align;

import java.util.Arrays;
import java.util.List;

/** A sparse vector over term ranks: {@code terms} ascending, each with its weight. */
record TermVector(int[] terms, double[] weights) {
    static final TermVector EMPTY = new TermVector(new int[0], new double[0]);

    int size() {
        return terms.length;
    }

    double weight(int term) {
        int at = Arrays.binarySearch(terms, term);
        return at < 0 ? 0 : weights[at];
    }

    boolean has(int term) {
        return Arrays.binarySearch(terms, term) >= 0;
    }

    double norm() {
        double sum = 0;
        for (double weight : weights) {
            sum += weight * weight;
        }
        return Math.sqrt(sum);
    }

    double dot(TermVector other) {
        if (size() > other.size()) {
            return other.dot(this);
        }
        double dot = 0;
        if (size() * 8 < other.size()) {
            for (int i = 0; i < terms.length; i++) {
                dot += weights[i] * other.weight(terms[i]);
            }
            return dot;
        }
        for (int i = 0, j = 0; i < terms.length && j < other.terms.length; ) {
            if (terms[i] == other.terms[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** This vector plus {@code other} divided by {@code divisor}. */
    TermVector plus(TermVector other, double divisor) {
        int[] sumTerms = new int[terms.length + other.terms.length];
        double[] sumWeights = new double[sumTerms.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length || j < other.terms.length) {
            boolean mine = j == other.terms.length || i < terms.length && terms[i] <= other.terms[j];
            boolean theirs = i == terms.length || j < other.terms.length && other.terms[j] <= terms[i];
            sumTerms[n] = mine ? terms[i] : other.terms[j];
            sumWeights[n++] = (mine ? weights[i++] : 0) + (theirs ? other.weights[j++] / divisor : 0);
        }
        return new TermVector(Arrays.copyOf(sumTerms, n), Arrays.copyOf(sumWeights, n));
    }

    /** The sum of {@code vectors}, each made unit length first when {@code unit}; each term summed in list order. */
    static TermVector sum(List<TermVector> vectors, boolean unit) {
        int total = vectors.stream().mapToInt(TermVector::size).sum();
        long[] keys = new long[total];
        double[] values = new double[total];
        int n = 0;
        for (TermVector vector : vectors) {
            double divisor = unit ? vector.norm() : 1;
            for (int i = 0; i < vector.size(); i++) {
                keys[n] = (long) vector.terms[i] << 32 | n;
                values[n++] = vector.weights[i] / divisor;
            }
        }
        Arrays.sort(keys);
        int[] terms = new int[total];
        double[] weights = new double[total];
        int distinct = 0;
        for (int k = 0; k < total; k++) {
            int term = (int) (keys[k] >>> 32);
            double value = values[(int) keys[k]];
            if (distinct > 0 && terms[distinct - 1] == term) {
                weights[distinct - 1] += value;
            } else {
                terms[distinct] = term;
                weights[distinct++] = value;
            }
        }
        return new TermVector(Arrays.copyOf(terms, distinct), Arrays.copyOf(weights, distinct));
    }
}
