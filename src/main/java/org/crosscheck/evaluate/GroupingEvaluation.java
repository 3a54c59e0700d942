package org.crosscheck.evaluate;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.Story;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.align.TermDictionary;
import org.crosscheck.align.Terms;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Scores story grouping on a corpus whose folders are its stories (as in ECB+): pairwise precision
 * and recall of "these two sources are in one story", ignoring any declared story keys. The whole
 * corpus is grouped; the score may be limited to the folders whose names match a glob, so a corpus
 * can be split into folders tuned on and folders held out.
 */
public final class GroupingEvaluation {

    /** Pairs of sources grouped together (system), in one folder (gold), and both. */
    public record Result(int sources, int stories, int folders, Score pairs) {
    }

    private GroupingEvaluation() {
    }

    public static Result evaluate(Path corpus, String folderGlob) {
        PathMatcher scored = FileSystems.getDefault().getPathMatcher("glob:" + folderGlob);
        List<StoryGrouper.Member> members = new ArrayList<>();
        Map<String, String> folderOf = new HashMap<>();
        TermDictionary dictionary = new TermDictionary();
        int index = 0;
        for (CorpusWalker.Entry entry : CorpusWalker.walk(List.of(corpus.toString()))) {
            if (new SourceReader().read("s" + ++index, entry.file(), entry.displayPath()) instanceof SourceReader.Read read) {
                Source source = read.source();
                members.add(new StoryGrouper.Member(source.id(), null, Terms.of(source.text(), source.bodyStart(), source.bodyEnd(), dictionary)));
                folderOf.put(source.id(), String.valueOf(entry.file().getParent()));
            }
        }
        List<Story> stories = StoryGrouper.defaults().group(members, dictionary);
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(story -> story.sourceIds().forEach(id -> storyOf.put(id, story.id())));
        List<String> ids = members.stream().map(StoryGrouper.Member::sourceId)
                .filter(id -> scored.matches(Path.of(folderOf.get(id)).getFileName())).toList();
        int gold = 0;
        int system = 0;
        int both = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean sameFolder = folderOf.get(a).equals(folderOf.get(b));
                boolean sameStory = storyOf.get(a).equals(storyOf.get(b));
                gold += sameFolder ? 1 : 0;
                system += sameStory ? 1 : 0;
                both += sameFolder && sameStory ? 1 : 0;
            }
        }
        return new Result(ids.size(), (int) ids.stream().map(storyOf::get).distinct().count(),
                (int) ids.stream().map(folderOf::get).distinct().count(),
                new Score(gold, system, both));
    }

    public static void print(Result result, PrintWriter out) {
        out.printf("grouping: %d sources, %d folders, %d stories found%n", result.sources(), result.folders(), result.stories());
        out.printf("pairs in one story: precision %.3f, recall %.3f, F1 %.3f%n", result.pairs().precision(),
                result.pairs().recall(), result.pairs().f1());
    }
}
