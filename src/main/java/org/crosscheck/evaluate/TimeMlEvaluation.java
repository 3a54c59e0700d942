package org.crosscheck.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.evaluate.TimeMlDocument.Timex;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.source.LineIndex;
import org.crosscheck.source.Metadata;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Scores crosscheck's dates, times and durations against the TIMEX3s of a TimeML folder with
 * the TempEval-3 measures: strict span, relaxed span, and value F1 (relaxed F1 times the share
 * of relaxed matches whose value equals the gold one).
 */
public final class TimeMlEvaluation {
    /** TimeML's types; an age written "52-year-old" is a duration there. */
    private static final Map<Kind, String> TIMEX_TYPES = Map.of(
            Kind.DATE, "DATE", Kind.TIME, "TIME", Kind.DURATION, "DURATION", Kind.AGE, "DURATION");
    private static final Extractor EXTRACTOR = new Extractor(true);

    /**
     * Gold and system annotations, strict and relaxed span matches, and relaxed matches with the
     * gold value. The measures are fractions from 0 to 1, and 0 when undefined.
     */
    public record Counts(int gold, int system, int strict, int relaxed, int valueCorrect) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(gold + other.gold, system + other.system, strict + other.strict,
                    relaxed + other.relaxed, valueCorrect + other.valueCorrect);
        }

        /** Exact-offset matches as precision, recall and F1. */
        public Score strictSpans() {
            return new Score(gold, system, strict);
        }

        /** Overlapping matches as precision, recall and F1. */
        public Score relaxedSpans() {
            return new Score(gold, system, relaxed);
        }

        /** The share of relaxed matches whose value equals the gold value. */
        public double valueAccuracy() {
            return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
        }

        public double valueF1() {
            return relaxedSpans().f1() * valueAccuracy();
        }
    }

    /** The counts of one document, and its errors as {@link TimexScorer#errors} lists them. */
    public record DocumentResult(String id, Counts counts, List<String> errors) {
        public DocumentResult {
            errors = List.copyOf(errors);
        }
    }

    /** Counts over all documents and per TIMEX3 type (DATE, TIME, DURATION, SET, ...), and each document's. */
    public record Result(Counts overall, Map<String, Counts> byType, List<DocumentResult> documents) {
        public Result {
            byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
            documents = List.copyOf(documents);
        }
    }

    private TimeMlEvaluation() {
    }

    /** Evaluates every {@code .tml} file of {@code folder}, in file-name order. */
    public static Result evaluate(Path folder) {
        Counts overall = Counts.ZERO;
        Map<String, Counts> byType = new LinkedHashMap<>();
        List<DocumentResult> documents = new ArrayList<>();
        for (Path file : files(folder)) {
            TimeMlDocument document = TimeMlDocument.read(file);
            List<Timex> system = systemTimexes(document);
            Map<String, Counts> counts = TimexScorer.score(document.timexes(), system);
            Counts total = counts.values().stream().reduce(Counts.ZERO, Counts::plus);
            counts.forEach((type, typeCounts) -> byType.merge(type, typeCounts, Counts::plus));
            overall = overall.plus(total);
            documents.add(new DocumentResult(document.id(), total,
                    TimexScorer.errors(document.timexes(), system, document.text())));
        }
        return new Result(overall, byType, documents);
    }

    /**
     * Writes the measures, the peers' published value F1 and the per-document counts as a table;
     * {@code verbose} adds each document's errors.
     */
    public static void write(Result result, PrintWriter out, boolean verbose) {
        TimeMlTable.write(result, out, verbose);
    }

    /**
     * A frequency ("every day", P1D; "every Monday", XXXX-WXX-1) is read as a duration without a
     * value of its own.
     */
    private static boolean frequency(Fact fact) {
        return fact.kind() == Kind.DURATION && fact.ambiguous()
                && (!fact.timex().contains("X") || fact.timex().startsWith("XXXX"));
    }

    /** "Wednesday night" (2013-03-13TNI): a day with its part is a TIME in TimeML. */
    private static boolean partOfDay(Fact fact) {
        return fact.kind() == Kind.DATE && fact.timex() != null && fact.timex().matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    /** crosscheck's dates, times and durations in the document's text, as TIMEX3 annotations. */
    static List<Timex> systemTimexes(TimeMlDocument document) {
        List<Timex> timexes = new ArrayList<>();
        for (Fact fact : EXTRACTOR.extract(source(document), document.creationTime())) {
            String type = frequency(fact) ? "SET" : partOfDay(fact) ? "TIME" : TIMEX_TYPES.get(fact.kind());
            if (type != null && fact.timex() != null) {
                timexes.add(new Timex(fact.start(), fact.end(), type, fact.timex()));
            }
        }
        return timexes;
    }

    /**
     * The document's text as a source dated by its creation time. The whole text is the article:
     * when the reader takes a first line for a header, or a last one for boilerplate, the body is
     * set to the whole text instead.
     */
    static Source source(TimeMlDocument document) {
        String text = document.text();
        Metadata dated = new Metadata(null, null, document.creationTime(), false, null, null);
        Source read = new SourceReader().parse(document.id(), "doc.txt", text);
        boolean whole = text.substring(0, read.bodyStart()).isBlank() && text.substring(read.bodyEnd()).isBlank();
        if (whole) {
            return read.withMetadata(dated.orElse(read.metadata()));
        }
        return new Source(document.id(), "doc.txt", text, 0, text.length(), dated, LineIndex.of(text));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(file -> file.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }
}
