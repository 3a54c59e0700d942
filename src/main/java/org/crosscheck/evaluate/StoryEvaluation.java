package org.crosscheck.evaluate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.rule.Rule;
import org.crosscheck.source.CorpusWalker;

/**
 * Checks a folder of gold stories as one corpus and scores the errors and warnings: recall of the
 * planted disagreements, precision of the findings, traps flagged, and how many found
 * disagreements got the planted class (conflict, update, internal).
 */
public final class StoryEvaluation {

    /** The scores, and the misses and false alarms a developer reads to improve the rules. */
    public record Result(int stories, int planted, int found, int classRight, int findings, int truePositives,
                         int traps, int trapsFlagged, List<String> notes) {
        public double recall() {
            return planted == 0 ? 0 : (double) found / planted;
        }

        public double precision() {
            return findings == 0 ? 1 : (double) truePositives / findings;
        }
    }

    private StoryEvaluation() {
    }

    public static Result evaluate(Path folder, List<Rule> rules) {
        List<Path> storyFolders = storyFolders(folder);
        Report report = new Pipeline().run(CorpusWalker.walk(List.of(folder.toString())), rules, "evaluation", Instant.EPOCH);
        List<Finding> alarms = report.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
        boolean[] explained = new boolean[alarms.size()];
        int planted = 0;
        int found = 0;
        int classRight = 0;
        int traps = 0;
        int trapsFlagged = 0;
        List<String> notes = new ArrayList<>();
        for (Path storyFolder : storyFolders) {
            StoryGold gold = StoryGold.read(storyFolder.resolve("expected.yaml"));
            Spans spans = new Spans(storyFolder);
            for (StoryGold.Planted conflict : gold.conflicts()) {
                planted++;
                Finding hit = null;
                for (int i = 0; i < alarms.size(); i++) {
                    if (spans.covered(conflict.facts(), alarms.get(i)) >= 2) {
                        explained[i] = true;
                        hit = hit == null ? alarms.get(i) : hit;
                    }
                }
                if (hit != null) {
                    found++;
                    if (hit.category().equals(conflict.category())) {
                        classRight++;
                    } else {
                        notes.add("class " + storyFolder.getFileName() + ": found as " + hit.category() + ", planted "
                                + conflict.category() + " " + conflict.note());
                    }
                } else {
                    notes.add("missed " + storyFolder.getFileName() + ": " + conflict.category() + " " + conflict.note());
                }
            }
            for (StoryGold.Trap trap : gold.traps()) {
                traps++;
                for (int i = 0; i < alarms.size(); i++) {
                    if (!explained[i] && spans.covered(trap.facts(), alarms.get(i)) >= 2) {
                        trapsFlagged++;
                        notes.add("trap flagged " + storyFolder.getFileName() + ": " + trap.type() + " " + trap.note());
                        break;
                    }
                }
            }
        }
        int truePositives = 0;
        for (int i = 0; i < alarms.size(); i++) {
            if (explained[i]) {
                truePositives++;
            } else {
                notes.add("false alarm " + alarms.get(i).rule() + ": " + alarms.get(i).message());
            }
        }
        return new Result(storyFolders.size(), planted, found, classRight, alarms.size(), truePositives, traps,
                trapsFlagged, notes);
    }

    private static List<Path> storyFolders(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("expected.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void print(Result result, PrintWriter out, boolean withNotes) {
        out.printf("stories: %d; planted disagreements: %d; error/warning findings: %d%n", result.stories(),
                result.planted(), result.findings());
        out.printf("recall %.3f (%d/%d), precision %.3f (%d/%d), class right %d/%d, traps flagged %d/%d%n",
                result.recall(), result.found(), result.planted(), result.precision(), result.truePositives(),
                result.findings(), result.classRight(), result.found(), result.trapsFlagged(), result.traps());
        if (withNotes) {
            result.notes().forEach(note -> out.println("  " + note));
        }
    }

    /** Resolves gold references to offsets in their files and tells which a finding cites. */
    private static final class Spans {
        private final Path folder;
        private final Map<String, String> texts = new HashMap<>();

        Spans(Path folder) {
            this.folder = folder;
        }

        /** How many of the referenced facts the finding's evidence overlaps. */
        int covered(List<StoryGold.Ref> refs, Finding finding) {
            int covered = 0;
            for (StoryGold.Ref ref : refs) {
                int start = start(ref);
                for (Evidence evidence : finding.evidence()) {
                    boolean sameFile = Path.of(evidence.sourcePath()).normalize().equals(folder.resolve(ref.source()).normalize());
                    if (sameFile && start >= 0 && evidence.fact().start() < start + ref.span().length()
                            && start < evidence.fact().end()) {
                        covered++;
                        break;
                    }
                }
            }
            return covered;
        }

        private int start(StoryGold.Ref ref) {
            String text = texts.computeIfAbsent(ref.source(),
                    name -> StoryGold.sourceText(folder.resolve("expected.yaml"), name));
            return ref.asGoldFact().start(text);
        }
    }
}
