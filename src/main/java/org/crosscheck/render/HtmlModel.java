package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Values;

/** Turns a report into the plain maps and lists the HTML template reads. All text stays raw; the template escapes. */
final class HtmlModel {
    private HtmlModel() {
    }

    static Map<String, Object> of(Report report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("version", report.toolVersion());
        model.put("generated", report.generated().toString());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.id(), report.count(severity));
        }
        model.put("counts", counts);
        model.put("factCount", report.facts().size());
        model.put("claimCount", report.claims().size());
        Map<String, SourceSummary> sourcesById = new LinkedHashMap<>();
        report.sources().forEach(source -> sourcesById.put(source.id(), source));
        Map<String, String> claimOfFact = report.claimOfFact();
        model.put("sources", report.sources().stream().map(source -> source(source, report.facts(), claimOfFact)).toList());
        ClaimStatus status = new ClaimStatus(report.findings());
        model.put("stories", report.stories().stream().map(story -> story(story, report.claims(), sourcesById, status)).toList());
        model.put("findings", report.findings().stream().map(HtmlModel::finding).toList());
        model.put("problems", report.problems());
        model.put("rules", report.rules());
        return model;
    }

    private static Map<String, Object> source(SourceSummary source, List<Fact> facts, Map<String, String> claimOfFact) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", source.id());
        view.put("path", source.path());
        view.put("title", source.title() == null ? "" : source.title());
        view.put("outlet", source.outlet() == null ? "" : source.outlet());
        view.put("published", source.published() == null ? "unknown" : source.published());
        view.put("inferred", source.publishedInferred());
        view.put("story", source.story());
        view.put("copyOf", source.copyOf() == null ? "" : source.copyOf());
        List<Map<String, String>> segments = new ArrayList<>();
        int position = source.bodyStart();
        String text = source.text();
        for (Fact fact : facts.stream().filter(f -> f.sourceId().equals(source.id()))
                .sorted(Comparator.comparingInt(Fact::start)).toList()) {
            if (fact.start() < position) {
                continue;
            }
            segments.add(Map.of("text", text.substring(position, fact.start())));
            segments.add(Map.of("text", fact.text(), "fact", fact.id(), "claim", claimOfFact.getOrDefault(fact.id(), ""),
                    "hint", fact.kind().id() + ": " + Values.interval(fact)));
            position = fact.end();
        }
        segments.add(Map.of("text", text.substring(position, source.bodyEnd())));
        view.put("segments", segments);
        return view;
    }

    private static Map<String, Object> story(Story story, List<Claim> claims, Map<String, SourceSummary> sources,
                                             ClaimStatus status) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", story.id());
        view.put("sources", story.sourceIds().stream().map(sources::get).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Claim claim : claims) {
            if (!claim.story().equals(story.id())) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", claim.id());
            row.put("label", claim.label());
            row.put("status", status.of(claim));
            Map<String, List<String>> cells = new LinkedHashMap<>();
            for (Fact fact : claim.facts()) {
                cells.computeIfAbsent(fact.sourceId(), s -> new ArrayList<>()).add(fact.text() + " = " + Values.interval(fact));
            }
            row.put("cells", story.sourceIds().stream().map(id -> String.join("; ", cells.getOrDefault(id, List.of()))).toList());
            rows.add(row);
        }
        view.put("claims", rows);
        return view;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", finding.id());
        view.put("rule", finding.rule());
        view.put("severity", finding.severity().id());
        view.put("category", finding.category());
        view.put("message", finding.message());
        view.put("nearMiss", finding.nearMiss());
        view.put("story", finding.story() == null ? "" : finding.story());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence item : finding.evidence()) {
            Fact fact = item.fact();
            String sentence = fact.sentence();
            int from = Math.max(0, Math.min(sentence.length(), fact.start() - fact.sentenceStart()));
            int to = Math.max(from, Math.min(sentence.length(), fact.end() - fact.sentenceStart()));
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("path", item.sourcePath());
            quote.put("published", item.published() == null ? "unknown" : item.published());
            quote.put("line", fact.line());
            quote.put("fact", fact.id());
            quote.put("before", sentence.substring(0, from));
            quote.put("match", sentence.substring(from, to));
            quote.put("after", sentence.substring(to));
            quote.put("value", Values.interval(fact));
            evidence.add(quote);
        }
        view.put("evidence", evidence);
        return view;
    }
}
