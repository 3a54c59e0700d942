package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Values;

/** A finding card: the claim, each source's sentence with the fact marked, the rule and why it fired. */
public record FindingView(String id, String rule, String severity, String category, String message, boolean nearMiss,
                   String story, String claim, String claimLabel, String sources, List<Quote> quotes,
                   List<String> reasons, FindingChart chart, String gate) {

    /** One piece of evidence: its sentence cut around the fact, and how the fact reads once normalised. */
    public record Quote(String path, String outlet, String published, int line, String fact, String before,
                        String match, String after, String reading) {
    }

    /** {@code gate} says how the CI gate treats the finding ("suppressed: reason", "in the baseline"), or is empty. */
    static FindingView of(Finding finding, Claim claim, Report.RuleSummary rule, Map<String, SourceSummary> sources,
                          String gate) {
        List<Quote> quotes = finding.evidence().stream().map(item -> quote(item, sources.get(item.fact().sourceId()))).toList();
        String sourceIds = String.join(" ", finding.evidence().stream().map(item -> item.fact().sourceId()).distinct().toList());
        return new FindingView(finding.id(), finding.rule(), finding.severity().id(), finding.category(),
                finding.message(), finding.nearMiss(), HtmlModel.orEmpty(finding.story()), HtmlModel.orEmpty(finding.claim()),
                claim == null ? "" : claim.label(), sourceIds, quotes, reasons(finding, rule), FindingChart.of(finding), gate);
    }

    private static Quote quote(Evidence item, SourceSummary source) {
        Fact fact = item.fact();
        String sentence = fact.sentence();
        int from = Math.max(0, Math.min(sentence.length(), fact.start() - fact.sentenceStart()));
        int to = Math.max(from, Math.min(sentence.length(), fact.end() - fact.sentenceStart()));
        String published = published(item);
        return new Quote(item.sourcePath(), source == null ? "" : HtmlModel.orEmpty(source.outlet()),
                published, fact.line(), fact.id(), sentence.substring(0, from), sentence.substring(from, to),
                sentence.substring(to), reading(fact, published));
    }

    /** "“1,300 feet” reads as 396.24 m"; dates say what they were resolved against. */
    private static String reading(Fact fact, String published) {
        String reading = "“" + fact.text() + "” reads as " + Values.interval(fact);
        if (fact.kind().temporal() && fact.timex() != null) {
            reading += " (TIMEX3 " + fact.timex() + ", resolved against publication date " + published + ")";
        }
        return reading;
    }

    private static List<String> reasons(Finding finding, Report.RuleSummary rule) {
        List<String> reasons = new ArrayList<>();
        List<Evidence> evidence = finding.evidence();
        switch (finding.category()) {
            case "conflict" -> reasons.add("The ranges these wordings allow do not overlap, so the values cannot both be true.");
            case "internal" -> reasons.add("One source gives values for this fact whose ranges do not overlap.");
            case "update" -> {
                List<Evidence> byDate = evidence.stream().sorted(Comparator.comparing(FindingView::published)
                        .thenComparing(item -> item.fact().revision() == Fact.Revision.NEW)).toList();
                Evidence first = byDate.get(0);
                Evidence last = byDate.get(byDate.size() - 1);
                String change = published(first).equals(published(last))
                        ? "; its wording says the value was changed"
                        : ", published later (" + published(last) + " after " + published(first) + ")";
                reasons.add(last.sourcePath() + " gives " + Values.interval(last.fact()) + " where "
                        + first.sourcePath() + " gave " + Values.interval(first.fact()) + change
                        + ": most likely news, and the earlier source may need an update.");
            }
            case "single-source" -> reasons.add("No other independent source states this fact (copies of one story count once).");
            case "source-unreadable" -> reasons.add(finding.unreadable().path()
                    + (finding.unreadable().line() > 0 ? ", line " + finding.unreadable().line() : "") + ": "
                    + finding.unreadable().reason() + ".");
            default -> { }
        }
        if (finding.nearMiss()) {
            reasons.add("The values differ like a typo of each other.");
        }
        if (rule != null && !rule.parameters().isEmpty()) {
            reasons.add("Rule " + rule.id() + ": " + rule.parameters() + ".");
        }
        return reasons;
    }

    private static String published(Evidence item) {
        return HtmlModel.orUnknown(item.published());
    }
}
