package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Values;

/** Per story, a row per claim and a column per source: what each source wrote and what it means. */
final class ClaimMatrix {
    private ClaimMatrix() {
    }

    public record StoryView(String id, List<Column> sources, List<Row> claims) {
    }

    /** A source as a column head. */
    public record Column(String id, String outlet, String published) {
    }

    /** {@code support} gives, per normalised value, how many independent sources (copy families) state it. */
    public record Row(String id, String label, String status, boolean disputed, List<List<Cell>> cells, List<Support> support) {
    }

    /** A fact in a cell; {@code odd} when the claim is disputed and this value is not the best supported one. */
    public record Cell(String fact, String text, String value, boolean odd) {
    }

    public record Support(String value, int sources) {
    }

    static List<StoryView> of(Report report, Map<String, SourceSummary> sources, CopyFamilies families,
                              ClaimStatus status) {
        Map<String, List<Claim>> claimsByStory = report.claims().stream().collect(Collectors.groupingBy(Claim::story));
        return report.stories().stream().map(story -> new StoryView(story.id(),
                story.sourceIds().stream().map(sources::get).map(source -> new Column(source.id(),
                        HtmlModel.orEmpty(source.outlet()), HtmlModel.orUnknown(source.published()))).toList(),
                claimsByStory.getOrDefault(story.id(), List.of()).stream()
                        .map(claim -> row(claim, story.sourceIds(), families, status.of(claim))).toList()))
                .toList();
    }

    private static Row row(Claim claim, List<String> sourceIds, CopyFamilies families, String status) {
        Map<String, Set<String>> familiesByValue = new LinkedHashMap<>();
        for (Fact fact : claim.facts()) {
            familiesByValue.computeIfAbsent(Values.interval(fact), v -> new LinkedHashSet<>()).add(families.of(fact.sourceId()));
        }
        List<Support> support = familiesByValue.entrySet().stream()
                .map(entry -> new Support(entry.getKey(), entry.getValue().size()))
                .sorted(Comparator.comparingInt(Support::sources).reversed()).toList();
        boolean disputed = Overview.disputed(status);
        String best = support.isEmpty() ? "" : support.get(0).value();
        List<List<Cell>> cells = new ArrayList<>();
        for (String sourceId : sourceIds) {
            cells.add(claim.facts().stream().filter(fact -> fact.sourceId().equals(sourceId))
                    .map(fact -> new Cell(fact.id(), fact.text(), Values.interval(fact),
                            disputed && !Values.interval(fact).equals(best)))
                    .toList());
        }
        return new Row(claim.id(), claim.label(), status, disputed, cells, support);
    }
}
