package org.crosscheck.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.crosscheck.align.Aligner;
import org.crosscheck.align.CopyDetector;
import org.crosscheck.align.Story;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.align.TermDictionary;
import org.crosscheck.extract.Extractor;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.rule.Rule;
import org.crosscheck.rule.RuleEngine;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.ReadProblem;
import org.crosscheck.source.SourceReader;

/**
 * Wires the stages in two passes, each parallel. The first reads every source and keeps only its
 * outline (metadata, terms, copy sketch), from which sources are grouped into stories. The second
 * reads each story's sources again, extracts, aligns and runs the rules; each story's facts, claims
 * and findings' evidence go to a temporary file as soon as it is checked ({@link ResultSpill}), and
 * the report reads them back from there. The heap keeps the sources, stories and findings without
 * their evidence: it grows with the number of sources and findings, not with their text or facts,
 * except that the text of a corpus under {@link #KEEP_TEXT_CHARACTERS} is kept for the HTML source
 * view.
 */
public final class Pipeline {
    static final long KEEP_TEXT_CHARACTERS = 50_000_000;

    private final SourceReader reader = new SourceReader();
    private final Extractor extractor = new Extractor();
    private final StoryGrouper grouper;
    private final LocalDate defaultPublished;
    private final Aligner aligner = Aligner.defaults();
    private final CopyDetector copies = CopyDetector.defaults();
    private final Progress progress;
    private final long keepTextCharacters;

    public Pipeline() {
        this(StoryGrouper.defaults(), null, Progress.NONE);
    }

    /** {@code defaultPublished} dates the sources of stories in which no source gives a date; null for none. */
    public Pipeline(StoryGrouper grouper, LocalDate defaultPublished, Progress progress) {
        this(grouper, defaultPublished, progress, KEEP_TEXT_CHARACTERS);
    }

    Pipeline(StoryGrouper grouper, LocalDate defaultPublished, Progress progress, long keepTextCharacters) {
        this.grouper = grouper;
        this.defaultPublished = defaultPublished;
        this.progress = progress;
        this.keepTextCharacters = keepTextCharacters;
    }

    /** What the first pass leaves for the second: the stories and the outlines of their sources, without terms. */
    private record FirstPass(List<Story> stories, Map<String, Outline> outlines, List<ReadProblem> problems,
                             boolean keepText) {
    }

    /** Checks the files {@code entries} names against {@code rules}; unreadable files become problems, not failures. */
    public Report run(List<CorpusWalker.Entry> entries, List<Rule> rules, String version, Instant generated) {
        FirstPass first = firstPass(entries);
        RuleEngine engine = new RuleEngine(rules);
        StoryCheck check = new StoryCheck(reader, extractor, aligner, copies, engine, first.keepText(), defaultPublished);
        progress.startStories(first.stories().size());
        ResultSpill spill = new ResultSpill(entries.size(), first.stories().size());
        List<StoryCheck.Result> results = IntStream.range(0, first.stories().size()).parallel().mapToObj(story -> {
            StoryCheck.Result result = check.run(first.stories().get(story), first.outlines());
            List<Finding> findings = spill.keep(story, result.facts(), result.claims(), result.findings());
            progress.storyChecked();
            return result.spilled(findings);
        }).toList();
        progress.finish();
        return assemble(version, generated, engine, first, results, spill);
    }

    private FirstPass firstPass(List<CorpusWalker.Entry> entries) {
        progress.start(entries.size());
        TermDictionary dictionary = new TermDictionary();
        List<Outline> outlines = IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> outline(ResultSpill.sourceId(i), entries.get(i), dictionary))
                .toList();
        progress.grouping();
        List<ReadProblem> problems = new ArrayList<>(outlines.stream().map(Outline::problem).filter(Objects::nonNull).toList());
        List<Outline> read = outlines.stream().filter(Outline::readable).toList();
        List<Story> stories = grouper.group(read.stream()
                .map(outline -> new StoryGrouper.Member(outline.id(), outline.metadata().story(), outline.terms()))
                .toList(), dictionary);
        Map<String, Outline> byId = new HashMap<>();
        for (Outline outline : read) {
            byId.put(outline.id(), outline.withoutTerms());
        }
        boolean keepText = read.stream().mapToLong(Outline::characters).sum() <= keepTextCharacters;
        return new FirstPass(stories, byId, problems, keepText);
    }

    private Outline outline(String id, CorpusWalker.Entry entry, TermDictionary dictionary) {
        SourceReader.Result result = reader.read(id, entry);
        progress.read(entry.file());
        if (result instanceof SourceReader.Read read) {
            return Outline.of(id, entry, read.source(), read.problem(), dictionary);
        }
        return Outline.unreadable(id, entry, ((SourceReader.Failed) result).problem());
    }

    /** One report from the stories' results: sources and facts in corpus order, claims and findings (numbered) in story order. */
    private static Report assemble(String version, Instant generated, RuleEngine engine, FirstPass first,
                                   List<StoryCheck.Result> results, ResultSpill spill) {
        List<ReadProblem> problems = new ArrayList<>(first.problems());
        List<SourceSummary> sources = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (StoryCheck.Result result : results) {
            sources.addAll(result.sources());
            result.findings().forEach(finding -> findings.add(finding.withId("F" + (findings.size() + 1))));
            problems.addAll(result.problems());
        }
        engine.run(List.of(), problems)
                .forEach(finding -> findings.add(finding.withId("F" + (findings.size() + 1))));
        sources.sort(Comparator.comparingInt(source -> ResultSpill.ordinal(source.id())));
        List<Report.RuleSummary> ruleSummaries = engine.rules().stream()
                .map(rule -> new Report.RuleSummary(rule.id(), rule.severity().id(), rule.summary(), rule.because(),
                        rule.parameters().describe()))
                .toList();
        return new Report(version, generated, sources, first.stories(), spill.facts(), spill.claims(), findings, problems,
                ruleSummaries);
    }
}
