package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.FactClaims;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Values;
import org.crosscheck.source.ReadProblem;

/**
 * What the HTML template reads, built from a report. The overview, filters and rules are rendered by
 * the template, which escapes all text; the findings, the claim matrices and the source texts travel
 * as script-safe JSON that the page's script turns into elements (as text, never as markup) page by
 * page or when a story or source is unfolded, so that a report with 10,000 findings opens quickly.
 * A source's full text is read in one place only, {@link #segments}.
 */
public record HtmlModel(String version, String generated, Overview overview, List<SourceView> sources,
                        List<ReadProblem> problems, List<Report.RuleSummary> rules, int pageSize, int findingCount,
                        ScriptJson.Block findingsData, ScriptJson.Block storiesData, ScriptJson.Block sourcesData,
                        ScriptJson.Block rulesData) {

    /** Findings shown per page; the page's script builds the cards of a page when the reader turns to it. */
    static final int PAGE_SIZE = 50;

    /** A source in the overview and the source view. {@code family} names its copy family when it has one. */
    public record SourceView(String id, String path, String title, String outlet, String published, boolean inferred,
                             String story, String family) {
    }

    /** A stretch of source text; a fact when {@code fact} is not empty, with its normalised value and claim in {@code hint}. */
    public record Segment(String text, String fact, String hint) {
    }

    /** The model of a report; page data longer than {@code gzipAbove} characters is compressed. */
    static HtmlModel of(Report report, int gzipAbove) {
        Map<String, SourceSummary> sources = report.sources().stream()
                .collect(Collectors.toMap(SourceSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        CopyFamilies families = new CopyFamilies(report.sources());
        ClaimStatus status = new ClaimStatus(report.findings());
        Map<String, Claim> claims = report.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        FactClaims claimOfFact = report.claimOfFact();
        Map<String, List<Fact>> factsBySource = report.facts().stream().collect(Collectors.groupingBy(Fact::sourceId));
        List<SourceView> sourceViews = report.sources().stream()
                .map(source -> new SourceView(source.id(), source.path(), orEmpty(source.title()), orEmpty(source.outlet()),
                        orUnknown(source.published()), source.publishedInferred(),
                        source.story(), families.describe(source.id())))
                .toList();
        Map<String, List<Segment>> texts = new LinkedHashMap<>();
        report.sources().forEach(source -> texts.put(source.id(),
                segments(source, factsBySource.getOrDefault(source.id(), List.of()), claimOfFact, claims)));
        Map<String, Report.RuleSummary> rules = report.rules().stream()
                .collect(Collectors.toMap(Report.RuleSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<FindingView> findings = Stream.concat(
                report.findings().stream().map(finding -> FindingView.of(finding, claims.get(finding.claim()),
                        rules.get(finding.rule()), sources, finding.suppressed() ? "suppressed: " + finding.suppression().reason() : "")),
                report.gate().baselined().stream().map(finding -> FindingView.of(finding, claims.get(finding.claim()),
                        rules.get(finding.rule()), sources, "in the baseline")))
                .toList();
        Map<String, ClaimMatrix.StoryView> stories = new LinkedHashMap<>();
        ClaimMatrix.of(report, sources, families, status).forEach(story -> stories.put(story.id(), story));
        return new HtmlModel(report.toolVersion(), report.generated().toString(), Overview.of(report, status),
                sourceViews, report.problems(), report.rules(), PAGE_SIZE, findings.size(),
                ScriptJson.of(findings, gzipAbove), ScriptJson.of(stories, gzipAbove), ScriptJson.of(texts, gzipAbove),
                ScriptJson.of(rules, gzipAbove));
    }

    /**
     * The only reader of a source's full text: its body cut into plain stretches and facts. Very large
     * corpora keep no text (see Pipeline), and the view says so.
     */
    private static List<Segment> segments(SourceSummary source, List<Fact> facts, FactClaims claimOfFact,
                                          Map<String, Claim> claims) {
        String text = source.text();
        if (text == null) {
            return List.of(new Segment("The text of this source is not in the report: the corpus was too large to embed. "
                    + "Open " + source.path() + " to read it.", "", ""));
        }
        List<Segment> segments = new ArrayList<>();
        int position = source.bodyStart();
        for (Fact fact : facts.stream().sorted(Comparator.comparingInt(Fact::start)).toList()) {
            if (fact.start() < position || fact.end() > source.bodyEnd()) {
                continue;
            }
            segments.add(new Segment(text.substring(position, fact.start()), "", ""));
            Claim claim = claims.get(claimOfFact.claimOf(fact));
            String hint = fact.kind().id() + ": " + Values.interval(fact)
                    + (claim == null ? "" : " · claim " + claim.id() + ": " + claim.label());
            segments.add(new Segment(fact.text(), fact.id(), hint));
            position = fact.end();
        }
        segments.add(new Segment(text.substring(position, source.bodyEnd()), "", ""));
        return segments;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static String orUnknown(String date) {
        return date == null ? "unknown" : date;
    }
}
