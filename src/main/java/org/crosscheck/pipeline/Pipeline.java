package org.crosscheck.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crosscheck.align.Aligner;
import org.crosscheck.align.Claim;
import org.crosscheck.align.CopyDetector;
import org.crosscheck.align.Story;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.align.Terms;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.rule.ClaimInContext;
import org.crosscheck.rule.Rule;
import org.crosscheck.rule.RuleEngine;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.ReadProblem;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Wires the stages: read and extract every source (in parallel), group sources into stories, let
 * undated sources borrow their story's date, align facts into claims, run the rules.
 */
public final class Pipeline {
    private final SourceReader reader = new SourceReader();
    private final Extractor extractor = new Extractor();
    private final StoryGrouper grouper;
    private final LocalDate defaultPublished;
    private final Aligner aligner = Aligner.defaults();
    private final CopyDetector copies = CopyDetector.defaults();

    public Pipeline() {
        this(StoryGrouper.defaults(), null);
    }

    /** {@code defaultPublished} dates the sources of stories in which no source gives a date; null for none. */
    public Pipeline(StoryGrouper grouper, LocalDate defaultPublished) {
        this.grouper = grouper;
        this.defaultPublished = defaultPublished;
    }

    /** A source after reading: its facts and its terms, and the problem that stopped or marred its reading. */
    private record Extracted(Source source, List<Fact> facts, Terms terms, ReadProblem problem) {
    }

    /** Checks the files {@code entries} names against {@code rules}; unreadable files become problems, not failures. */
    public Report run(List<CorpusWalker.Entry> entries, List<Rule> rules, String version, Instant generated) {
        List<Extracted> extracted = IntStream.range(0, entries.size()).parallel()
                .mapToObj(i -> read("s" + (i + 1), entries.get(i)))
                .toList();
        List<ReadProblem> problems = extracted.stream().map(Extracted::problem).filter(Objects::nonNull).toList();
        List<Extracted> read = extracted.stream().filter(e -> e.source() != null).toList();
        List<Story> stories = grouper.group(read.stream()
                .map(e -> new StoryGrouper.Member(e.source().id(), e.source().metadata().story(), e.terms()))
                .toList());
        Map<String, Extracted> byId = new LinkedHashMap<>();
        read.forEach(e -> byId.put(e.source().id(), e));
        Map<String, String> storyOf = new HashMap<>();
        for (Story story : stories) {
            story.sourceIds().forEach(id -> storyOf.put(id, story.id()));
            inferDates(story, byId);
        }
        List<ClaimInContext> inContext = new ArrayList<>();
        Map<String, String> familyOf = new HashMap<>();
        for (Story story : stories) {
            inContext.addAll(claimsOf(story, byId, familyOf));
        }
        List<Claim> claims = inContext.stream().map(ClaimInContext::claim).toList();
        List<Finding> findings = new RuleEngine(rules).run(inContext, problems);
        List<SourceSummary> sources = byId.values().stream()
                .map(e -> summary(e.source(), storyOf.get(e.source().id()), familyOf.get(e.source().id()))).toList();
        List<Fact> facts = byId.values().stream().flatMap(e -> e.facts().stream()).toList();
        List<Report.RuleSummary> ruleSummaries = rules.stream()
                .map(rule -> new Report.RuleSummary(rule.id(), rule.severity().id(), rule.summary(), rule.because(),
                        rule.parameters().describe()))
                .toList();
        return new Report(version, generated, sources, stories, facts, claims, findings, problems, ruleSummaries);
    }

    /** The claims of one story, with what the rules need to know of its sources; records its copy families. */
    private List<ClaimInContext> claimsOf(Story story, Map<String, Extracted> byId, Map<String, String> familyOf) {
        List<String> order = story.sourceIds().stream()
                .sorted(Comparator.comparing((String id) -> byId.get(id).source().metadata().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(id -> byId.get(id).source().path()))
                .toList();
        List<Fact> storyFacts = order.stream().flatMap(id -> byId.get(id).facts().stream()).toList();
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        for (String id : order) {
            bodies.put(id, byId.get(id).source().body());
            published.put(id, byId.get(id).source().metadata().published());
        }
        Map<String, String> families = copies.families(bodies);
        familyOf.putAll(families);
        Map<String, ClaimInContext.SourceRef> refs = order.stream().collect(Collectors.toMap(Function.identity(),
                id -> ref(byId.get(id).source(), families.get(id)), (a, b) -> a, LinkedHashMap::new));
        return aligner.align(story, order, published, storyFacts).stream()
                .map(claim -> new ClaimInContext(claim, refs, story.sourceIds().size()))
                .toList();
    }

    private Extracted read(String id, CorpusWalker.Entry entry) {
        SourceReader.Result result = reader.read(id, entry);
        if (result instanceof SourceReader.Failed failed) {
            return new Extracted(null, List.of(), null, failed.problem());
        }
        SourceReader.Read read = (SourceReader.Read) result;
        Source source = read.source();
        return new Extracted(source, extractor.extract(source, source.metadata().published()),
                Terms.of(source.text(), source.bodyStart(), source.bodyEnd()), read.problem());
    }

    /**
     * Undated sources take the date most of their story's dated sources give, else the default
     * date, and are extracted again with it.
     */
    private void inferDates(Story story, Map<String, Extracted> byId) {
        Map<LocalDate, Long> dates = story.sourceIds().stream()
                .map(id -> byId.get(id).source().metadata())
                .filter(metadata -> metadata.published() != null && !metadata.publishedInferred())
                .collect(Collectors.groupingBy(metadata -> metadata.published(), Collectors.counting()));
        LocalDate common = dates.entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(defaultPublished);
        if (common == null) {
            return;
        }
        for (String id : story.sourceIds()) {
            Source source = byId.get(id).source();
            if (source.metadata().published() == null) {
                Source dated = source.withMetadata(source.metadata().withInferredPublished(common));
                byId.put(id, new Extracted(dated, extractor.extract(dated, common), byId.get(id).terms(), null));
            }
        }
    }

    private static ClaimInContext.SourceRef ref(Source source, String family) {
        return new ClaimInContext.SourceRef(source.path(), source.metadata().published(), family);
    }

    private static SourceSummary summary(Source source, String story, String family) {
        var metadata = source.metadata();
        String copyOf = family == null || family.equals(source.id()) ? null : family;
        return new SourceSummary(source.id(), source.path(), metadata.title(), metadata.outlet(),
                metadata.published() == null ? null : metadata.published().toString(), metadata.publishedInferred(),
                story, copyOf, source.text(), source.bodyStart(), source.bodyEnd(), metadata.story());
    }
}
