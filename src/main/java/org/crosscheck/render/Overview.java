package org.crosscheck.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.align.Claim;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;

/** The top of the page: counts of findings by severity and rule, of claims by status, and one line per story. */
public record Overview(long errors, long warnings, long infos, int facts, int claims, long agreeing, long disputed,
                long singleSource, List<RuleCount> byRule, List<StoryLine> stories) {

    private static final Set<String> DISPUTED = Set.of("conflict", "internal", "update");

    public record RuleCount(String rule, String severity, long count) {
    }

    public record StoryLine(String id, int sources, long claims, long disputed, long findings) {
    }

    static Overview of(Report report, ClaimStatus status) {
        Map<String, String> statusOf = report.claims().stream().collect(Collectors.toMap(Claim::id, status::of));
        Map<String, Long> findingsByRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
        Map<String, String> severityOf = report.rules().stream()
                .collect(Collectors.toMap(Report.RuleSummary::id, Report.RuleSummary::severity));
        List<RuleCount> byRule = findingsByRule.entrySet().stream()
                .map(entry -> new RuleCount(entry.getKey(), severityOf.getOrDefault(entry.getKey(), ""), entry.getValue()))
                .toList();
        Map<String, List<Claim>> claimsByStory = report.claims().stream().collect(Collectors.groupingBy(Claim::story));
        Map<String, Long> findingsByStory = report.findings().stream().filter(finding -> finding.story() != null)
                .collect(Collectors.groupingBy(Finding::story, Collectors.counting()));
        List<StoryLine> stories = report.stories().stream().map(story -> {
            List<Claim> claims = claimsByStory.getOrDefault(story.id(), List.of());
            return new StoryLine(story.id(), story.sourceIds().size(), claims.size(),
                    claims.stream().filter(claim -> DISPUTED.contains(statusOf.get(claim.id()))).count(),
                    findingsByStory.getOrDefault(story.id(), 0L));
        }).toList();
        Map<String, Long> claimsByStatus = statusOf.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return new Overview(report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
                report.facts().size(), report.claims().size(), claimsByStatus.getOrDefault("agree", 0L),
                DISPUTED.stream().mapToLong(s -> claimsByStatus.getOrDefault(s, 0L)).sum(),
                claimsByStatus.getOrDefault("single-source", 0L), byRule, stories);
    }

    static boolean disputed(String status) {
        return DISPUTED.contains(status);
    }
}
