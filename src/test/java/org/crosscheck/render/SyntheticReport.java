package org.crosscheck.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.Claim;
import org.crosscheck.align.Story;
import org.crosscheck.extract.Fact;
import org.crosscheck.extract.Kind;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.SourceSummary;

/**
 * A report of any size for testing the page at scale: stories of two sources, five counts each;
 * every claim gives one finding, in turn an update (warning), a conflict (error) and a single-source (info).
 */
final class SyntheticReport {
    private static final int CLAIMS_PER_STORY = 5;

    private SyntheticReport() {
    }

    static Report withFindings(int count) {
        List<SourceSummary> sources = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int story = 1; findings.size() < count; story++) {
            String storyId = "story-" + story;
            String first = "s" + (2 * story - 1);
            String second = "s" + (2 * story);
            List<Fact> firstFacts = new ArrayList<>();
            List<Fact> secondFacts = new ArrayList<>();
            sources.add(source(first, story, "2025-03-01", 0, firstFacts));
            sources.add(source(second, story, "2025-03-02", 5, secondFacts));
            stories.add(new Story(storyId, List.of(first, second)));
            facts.addAll(firstFacts);
            facts.addAll(secondFacts);
            for (int j = 0; j < CLAIMS_PER_STORY && findings.size() < count; j++) {
                Fact a = firstFacts.get(j);
                Fact b = secondFacts.get(j);
                String claimId = storyId + ".c" + (j + 1);
                claims.add(new Claim(claimId, storyId, Kind.COUNT, "home", "homes in district " + j, List.of(a, b)));
                Evidence ea = new Evidence(a, path(first), "2025-03-01");
                Evidence eb = new Evidence(b, path(second), "2025-03-02");
                String id = "F" + (findings.size() + 1);
                findings.add(switch (j % 3) {
                    case 0 -> new Finding(id, "update", Severity.WARNING, "update", "homes changed: " + a.text() + " vs "
                            + b.text(), storyId, claimId, List.of(ea, eb), false);
                    case 1 -> new Finding(id, "value-conflict", Severity.ERROR, "conflict", "homes: " + a.text() + " vs "
                            + b.text(), storyId, claimId, List.of(ea, eb), false);
                    default -> new Finding(id, "single-source", Severity.INFO, "single-source", "homes stated only by "
                            + first, storyId, claimId, List.of(ea), false);
                });
            }
        }
        List<Report.RuleSummary> rules = List.of(
                new Report.RuleSummary("update", "warning", "A later source gives a new value.", "News moves.", ""),
                new Report.RuleSummary("value-conflict", "error", "Incompatible numbers.", "Both cannot be right.", "tolerance 0.0"),
                new Report.RuleSummary("single-source", "info", "One source only.", "Uncorroborated.", "minSources 2"));
        return new Report("synthetic", Instant.parse("2025-01-01T00:00:00Z"), sources, stories, facts, claims, findings,
                List.of(), rules);
    }

    private static SourceSummary source(String id, int story, String published, int offset, List<Fact> facts) {
        StringBuilder text = new StringBuilder("title: Storm damage, report " + id + "\npublished: " + published
                + "\nstory: story-" + story + "\n\n");
        int bodyStart = text.length();
        for (int j = 0; j < CLAIMS_PER_STORY; j++) {
            String sentence = "Officials in district " + j + " of region " + story + " said " + (10 * (j + 1) + offset)
                    + " homes were damaged by the storm on Tuesday.";
            String figure = (10 * (j + 1) + offset) + " homes";
            int start = text.length() + sentence.indexOf(figure);
            int value = 10 * (j + 1) + offset;
            facts.add(new Fact(id + ".f" + (j + 1), id, start, start + figure.length(), 5 + j, sentence.indexOf(figure) + 1,
                    figure, Kind.COUNT, value, value, value, "home", null, false, null, Fact.Revision.NONE, false, null,
                    sentence, text.length(), List.of(), List.of()));
            text.append(sentence).append('\n');
        }
        return new SourceSummary(id, path(id), "Storm damage, report " + id, "Outlet " + id, published, false,
                "story-" + story, null, text.toString(), bodyStart, text.length());
    }

    private static String path(String sourceId) {
        return "synthetic/" + sourceId + ".txt";
    }
}
