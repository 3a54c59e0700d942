package org.crosscheck.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Values;

/**
 * The geometry of a finding's picture, drawn as inline SVG by the template: for an update, the values
 * on a timeline of publication dates; for a conflict, each value's interval on one shared axis.
 * A mark with {@code x1 == x2} is a point; {@code openLeft}/{@code openRight} mark an unbounded side.
 */
public record FindingChart(String kind, int width, int height, String caption, List<Mark> marks, List<Tick> ticks) {

    private static final int WIDTH = 520;
    private static final int LABELS = 170;
    private static final int ROW = 22;

    public record Mark(double x1, double x2, double y, String label, String title, boolean openLeft, boolean openRight) {
    }

    public record Tick(double x, double y, String label) {
    }

    /** The picture for a finding, or null when it has none (single-source findings, unresolved values). */
    static FindingChart of(Finding finding) {
        if (finding.evidence().size() < 2 || finding.evidence().stream().anyMatch(item -> item.fact().ambiguous())) {
            return null;
        }
        return switch (finding.category()) {
            case "update" -> timeline(finding.evidence());
            case "conflict", "internal" -> intervals(finding.evidence());
            default -> null;
        };
    }

    private static FindingChart timeline(List<Evidence> evidence) {
        List<Evidence> ordered = evidence.stream().sorted(Comparator.comparing(
                (Evidence item) -> item.published() == null ? "" : item.published())).toList();
        double[] days = ordered.stream().mapToDouble(item -> item.published() == null ? Double.NaN
                : LocalDate.parse(item.published()).toEpochDay()).toArray();
        double first = days[0];
        double last = days[days.length - 1];
        boolean spread = Double.isNaN(first) || Double.isNaN(last) || first == last;
        List<Mark> marks = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            double share = spread ? (double) i / (ordered.size() - 1) : (days[i] - first) / (last - first);
            double x = round(60 + share * (WIDTH - 120));
            Fact fact = ordered.get(i).fact();
            marks.add(new Mark(x, x, 40, shorten(fact.text()), ordered.get(i).sourcePath() + ": " + Values.interval(fact),
                    false, false));
            ticks.add(new Tick(x, 62, HtmlModel.orUnknown(ordered.get(i).published())));
        }
        return new FindingChart("timeline", WIDTH, 72, "values by publication date", marks, ticks);
    }

    private static FindingChart intervals(List<Evidence> evidence) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Evidence item : evidence) {
            Fact fact = item.fact();
            low = Math.min(low, Double.isInfinite(fact.low()) ? fact.value() : fact.low());
            high = Math.max(high, Double.isInfinite(fact.high()) ? fact.value() : fact.high());
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return null;
        }
        double pad = high > low ? (high - low) * 0.08 : Math.max(1, Math.abs(low) * 0.1);
        double from = low - pad;
        double to = high + pad;
        List<Mark> marks = new ArrayList<>();
        double y = 14;
        for (Evidence item : evidence) {
            Fact fact = item.fact();
            marks.add(new Mark(x(Math.max(fact.low(), from), from, to), x(Math.min(fact.high(), to), from, to), y,
                    shorten(fact.text()), item.sourcePath() + ": " + Values.interval(fact),
                    fact.low() < from, fact.high() > to));
            y += ROW;
        }
        Fact any = evidence.get(0).fact();
        double axis = y;
        List<Tick> ticks = List.of(new Tick(x(low, from, to), axis + 14, label(any, low)),
                new Tick(x(high, from, to), axis + 14, label(any, high)));
        return new FindingChart("intervals", WIDTH, (int) axis + 22, "each value's interval on one axis", marks, ticks);
    }

    private static double x(double value, double from, double to) {
        return round(LABELS + (value - from) / (to - from) * (WIDTH - LABELS - 20));
    }

    private static String label(Fact fact, double value) {
        Object bound = Values.bound(fact, value);
        String unit = fact.kind().temporal() || fact.unit() == null ? "" : " " + fact.unit();
        return bound == null ? "" : bound + unit;
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
