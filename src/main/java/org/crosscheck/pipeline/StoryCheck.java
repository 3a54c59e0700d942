package org.crosscheck.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.align.Aligner;
import org.crosscheck.align.Claim;
import org.crosscheck.align.CopyDetector;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Extractor;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.rule.ClaimInContext;
import org.crosscheck.rule.RuleEngine;
import org.crosscheck.source.ReadProblem;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * The second pass over one story: reads its sources again, lets undated ones borrow the story's
 * date, extracts, finds copies, aligns claims and runs the rules. What it returns holds no article
 * text unless {@code keepText} asks for it (the HTML source view), no alignment context, and the
 * sentences of cited facts only.
 */
final class StoryCheck {
    /** One story's share of the report. */
    record Result(List<SourceSummary> sources, List<Fact> facts, List<Claim> claims, List<Finding> findings,
                  List<ReadProblem> problems) {
        /** This result once its facts and claims are stored elsewhere, with its findings as they are stored. */
        Result spilled(List<Finding> spilledFindings) {
            return new Result(sources, List.of(), List.of(), spilledFindings, problems);
        }
    }

    private final SourceReader reader;
    private final Extractor extractor;
    private final Aligner aligner;
    private final CopyDetector copies;
    private final RuleEngine engine;
    private final boolean keepText;
    private final LocalDate defaultPublished;
    private final SharedStrings strings = new SharedStrings();

    StoryCheck(SourceReader reader, Extractor extractor, Aligner aligner, CopyDetector copies, RuleEngine engine,
               boolean keepText, LocalDate defaultPublished) {
        this.reader = reader;
        this.extractor = extractor;
        this.aligner = aligner;
        this.copies = copies;
        this.engine = engine;
        this.keepText = keepText;
        this.defaultPublished = defaultPublished;
    }

    Result run(Story story, Map<String, Outline> outlines) {
        LocalDate common = commonDate(story, outlines);
        List<Source> sources = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (String id : story.sourceIds()) {
            Outline outline = outlines.get(id);
            if (reader.read(id, outline.entry()) instanceof SourceReader.Read read) {
                Source source = read.source();
                boolean undated = source.metadata().published() == null && common != null;
                sources.add(undated ? source.withMetadata(source.metadata().withInferredPublished(common)) : source);
            } else {
                problems.add(new ReadProblem(outline.entry().displayPath(), 0, "changed or removed while being checked"));
            }
        }
        sources.sort(Comparator.comparing((Source source) -> source.metadata().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Source::path));
        Map<String, List<Fact>> factsOf = new LinkedHashMap<>();
        sources.forEach(source -> factsOf.put(source.id(), extractor.extract(source, source.metadata().published())));
        Map<String, String> families = copies.families(sources.stream().collect(Collectors.toMap(Source::id,
                source -> outlines.get(source.id()).sketch(), (a, b) -> a, LinkedHashMap::new)));
        List<ClaimInContext> claims = claims(story, sources, factsOf, families);
        List<Finding> found = engine.run(claims);
        Set<String> cited = found.stream().flatMap(finding -> finding.evidence().stream())
                .map(item -> item.fact().id()).collect(Collectors.toSet());
        Map<String, Fact> slim = new HashMap<>();
        factsOf.values().forEach(facts -> facts.forEach(fact ->
                slim.put(fact.id(), fact.compact(cited.contains(fact.id()), strings::share))));
        List<Finding> findings = found.stream().map(finding -> withSlimEvidence(finding, slim)).toList();
        List<SourceSummary> summaries = sources.stream()
                .map(source -> summary(source, story.id(), families.get(source.id()))).toList();
        return new Result(summaries, factsOf.values().stream().flatMap(List::stream).map(fact -> slim.get(fact.id())).toList(),
                claims.stream().map(claim -> claim.claim().withFacts(slim)).toList(), findings, problems);
    }

    private List<ClaimInContext> claims(Story story, List<Source> sources, Map<String, List<Fact>> factsOf,
                                        Map<String, String> families) {
        List<String> order = sources.stream().map(Source::id).toList();
        Map<String, LocalDate> published = new HashMap<>();
        sources.forEach(source -> published.put(source.id(), source.metadata().published()));
        Map<String, ClaimInContext.SourceRef> refs = sources.stream().collect(Collectors.toMap(Source::id,
                source -> new ClaimInContext.SourceRef(source.path(), source.metadata().published(),
                        source.metadata().publishedInferred(), families.get(source.id())),
                (a, b) -> a, LinkedHashMap::new));
        List<Fact> storyFacts = factsOf.values().stream().flatMap(List::stream).toList();
        return aligner.align(story, order, published, storyFacts).stream()
                .map(claim -> new ClaimInContext(claim, refs, story.sourceIds().size()))
                .toList();
    }

    /** The date most of the story's dated sources give (the earliest of equally common ones), else the default. */
    private LocalDate commonDate(Story story, Map<String, Outline> outlines) {
        return story.sourceIds().stream()
                .map(id -> outlines.get(id).metadata())
                .filter(metadata -> metadata.published() != null && !metadata.publishedInferred())
                .collect(Collectors.groupingBy(metadata -> metadata.published(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(defaultPublished);
    }

    private static Finding withSlimEvidence(Finding finding, Map<String, Fact> slim) {
        return finding.withEvidence(finding.evidence().stream()
                .map(item -> new Evidence(slim.get(item.fact().id()), item.sourcePath(), item.published())).toList());
    }

    private SourceSummary summary(Source source, String story, String family) {
        var metadata = source.metadata();
        String copyOf = family == null || family.equals(source.id()) ? null : family;
        return new SourceSummary(source.id(), source.path(), metadata.title(), metadata.outlet(),
                metadata.published() == null ? null : metadata.published().toString(), metadata.publishedInferred(),
                story, copyOf, keepText ? source.text() : null, source.bodyStart(), source.bodyEnd(), metadata.story());
    }
}
