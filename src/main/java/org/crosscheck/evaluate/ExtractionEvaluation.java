package org.crosscheck.evaluate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Values;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Scores extraction against gold passages: span precision, recall and F1 (strict: exact offsets;
 * relaxed: overlap), per kind on relaxed matches of the same kind, and value accuracy, the share of
 * those matches whose normalised value equals the gold one.
 */
public final class ExtractionEvaluation {

    /** The scores of one kind (or of all, under "all"). */
    public record KindScore(Score spans, int valuesCorrect) {
        double valueAccuracy() {
            return spans.matched() == 0 ? 0 : (double) valuesCorrect / spans.matched();
        }

        KindScore plus(KindScore other) {
            return new KindScore(spans.plus(other.spans), valuesCorrect + other.valuesCorrect);
        }
    }

    /** All scores, and the mismatches a developer reads to improve the rules. */
    public record Result(int documents, Score strict, Score relaxed, Map<String, KindScore> byKind, List<String> errors) {
    }

    private ExtractionEvaluation() {
    }

    public static Result evaluate(Path folder) {
        Score strict = new Score(0, 0, 0);
        Score relaxed = new Score(0, 0, 0);
        Map<String, KindScore> byKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        List<Path> files = GoldDocument.files(folder);
        for (Path file : files) {
            GoldDocument gold = GoldDocument.read(file);
            Source source = new SourceReader().parse("d", file.getFileName().toString(), gold.text());
            List<Fact> facts = new Extractor().extract(source, gold.publishedDate());
            String name = file.getFileName().toString();
            strict = strict.plus(spans(gold, facts, true));
            relaxed = relaxed.plus(spans(gold, facts, false));
            for (Kind kind : Kind.values()) {
                List<String> kindErrors = new ArrayList<>();
                Map<GoldFact, Fact> pairs = new LinkedHashMap<>();
                Score spans = match(gold, facts, false, true, kind, kindErrors, pairs);
                int correct = valuesCorrect(pairs, kindErrors);
                kindErrors.forEach(error -> errors.add(name + ": " + error));
                byKind.merge(kind.id(), new KindScore(spans, correct), KindScore::plus);
            }
        }
        return new Result(files.size(), strict, relaxed, byKind, errors);
    }

    /** Spans of any kind, matched exactly or by overlap. */
    private static Score spans(GoldDocument gold, List<Fact> facts, boolean exact) {
        return match(gold, facts, exact, false, null, null, new LinkedHashMap<>());
    }

    /** Matches gold facts to extracted ones greedily, recording each pair in {@code pairs}. */
    private static Score match(GoldDocument gold, List<Fact> facts, boolean exact, boolean sameKind, Kind kind,
                               List<String> errors, Map<GoldFact, Fact> pairs) {
        List<Fact> system = facts.stream().filter(f -> kind == null || f.kind() == kind).toList();
        List<GoldFact> expected = gold.facts().stream().filter(g -> kind == null || g.kind().equals(kind.id())).toList();
        Set<Fact> used = new HashSet<>();
        int matched = 0;
        for (GoldFact goldFact : expected) {
            Fact found = find(gold, goldFact, system, used, exact, sameKind);
            if (found != null) {
                used.add(found);
                pairs.put(goldFact, found);
                matched++;
            } else if (errors != null) {
                errors.add("missed " + goldFact.kind() + " '" + goldFact.span() + "'");
            }
        }
        if (errors != null) {
            system.stream().filter(f -> !used.contains(f))
                    .forEach(f -> errors.add("spurious " + f.kind().id() + " '" + f.text() + "'"));
        }
        return new Score(expected.size(), system.size(), matched);
    }

    /** How many matched pairs give the gold value; the others are listed as errors. */
    private static int valuesCorrect(Map<GoldFact, Fact> pairs, List<String> errors) {
        int correct = 0;
        for (Map.Entry<GoldFact, Fact> pair : pairs.entrySet()) {
            GoldFact goldFact = pair.getKey();
            Fact found = pair.getValue();
            if (FactMatcher.sameValue(found, goldFact)) {
                correct++;
            } else {
                errors.add("value of '" + found.text() + "': got " + Values.interval(found) + " "
                        + found.unit() + ", gold " + goldFact.value() + " " + goldFact.unit() + " [" + goldFact.low() + ", "
                        + goldFact.high() + "]");
            }
        }
        return correct;
    }

    private static Fact find(GoldDocument gold, GoldFact goldFact, List<Fact> facts, Set<Fact> used, boolean exact,
                             boolean sameKind) {
        int start = goldFact.start(gold.text());
        for (Fact fact : facts) {
            boolean spanOk = exact ? FactMatcher.sameSpan(fact, start, goldFact) : FactMatcher.overlaps(fact, start, goldFact);
            if (!used.contains(fact) && spanOk && (!sameKind || fact.kind().id().equals(goldFact.kind()))) {
                return fact;
            }
        }
        return null;
    }

    public static void print(Result result, PrintWriter out) {
        out.printf("extraction: %d passages%n", result.documents());
        out.printf("%-10s %6s %6s %6s %7s %7s %7s %9s%n", "kind", "gold", "system", "match", "P", "R", "F1", "value acc");
        KindScore all = new KindScore(new Score(0, 0, 0), 0);
        for (Map.Entry<String, KindScore> entry : result.byKind().entrySet()) {
            row(out, entry.getKey(), entry.getValue());
            all = all.plus(entry.getValue());
        }
        row(out, "all", all);
        out.printf("spans, any kind: strict P %.3f R %.3f F1 %.3f; relaxed P %.3f R %.3f F1 %.3f%n",
                result.strict().precision(), result.strict().recall(), result.strict().f1(),
                result.relaxed().precision(), result.relaxed().recall(), result.relaxed().f1());
    }

    private static void row(PrintWriter out, String kind, KindScore score) {
        Score spans = score.spans();
        out.printf("%-10s %6d %6d %6d %7.3f %7.3f %7.3f %9.3f%n", kind, spans.gold(), spans.system(), spans.matched(),
                spans.precision(), spans.recall(), spans.f1(), score.valueAccuracy());
    }
}
