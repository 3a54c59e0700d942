package org.crosscheck.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a large multi-story news corpus with known planted conflicts. Stories come in a few kinds
 * that look alike (earthquakes in different places, earnings of different companies), told by three
 * to five outlets in their own words, with values that agree in different wordings ("5,000 acres" and
 * "2,023 hectares", "Tuesday" and "Feb. 18"). In some stories one outlet gets one figure wrong: those
 * are the planted conflicts. Files carry no story key, so stories must be found by content. The same
 * seed writes the same corpus.
 */
final class CorpusGenerator {
    /** A figure one source states differently from the rest of its story. */
    record Planted(String file, String slot, String text) {
    }

    record Corpus(long bytes, int sources, int stories, List<Planted> planted, Map<String, Integer> storyOfFile) {
    }

    private static final int FILES_PER_FOLDER = 1000;
    private static final double PLANTED_SHARE = 0.3;

    private final Random random;
    private final Names names;

    CorpusGenerator(long seed) {
        this.random = new Random(seed);
        this.names = new Names(random);
    }

    /** Writes stories below {@code root} until about {@code targetBytes} are written. */
    Corpus write(Path root, long targetBytes) throws IOException {
        long bytes = 0;
        int files = 0;
        int stories = 0;
        List<Planted> planted = new ArrayList<>();
        Map<String, Integer> storyOfFile = new HashMap<>();
        while (bytes < targetBytes) {
            StoryKind kind = StoryKind.values()[random.nextInt(StoryKind.values().length)];
            LocalDate published = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            Map<String, Slot> slots = kind.slots(random, names, published);
            int outlets = 3 + random.nextInt(3);
            int wrongOutlet = random.nextDouble() < PLANTED_SHARE ? 1 + random.nextInt(outlets - 1) : -1;
            String wrongSlot = wrongOutlet < 0 ? null : pick(kind.conflictable());
            for (int outlet = 0; outlet < outlets; outlet++) {
                String file = String.format(Locale.ROOT, "part-%04d/a%07d.txt", files / FILES_PER_FOLDER, files);
                Article article = new Article(kind, slots, outlet == wrongOutlet ? wrongSlot : null, random, names);
                String text = article.render(outlet, published);
                Path path = root.resolve(file);
                Files.createDirectories(path.getParent());
                try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    writer.write(text);
                }
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                storyOfFile.put(file, stories);
                if (outlet == wrongOutlet) {
                    planted.add(new Planted(file, wrongSlot, article.wrongText()));
                }
                files++;
            }
            stories++;
        }
        return new Corpus(bytes, files, stories, planted, storyOfFile);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One outlet's telling of a story: the story's sentences in its own choice of wording, with filler. */
    private static final class Article {
        private final StoryKind kind;
        private final Map<String, Slot> slots;
        private final String wrongSlot;
        private final Random random;
        private final Names names;
        private String wrongText;

        Article(StoryKind kind, Map<String, Slot> slots, String wrongSlot, Random random, Names names) {
            this.kind = kind;
            this.slots = slots;
            this.wrongSlot = wrongSlot;
            this.random = random;
            this.names = names;
        }

        String render(int outlet, LocalDate published) {
            StringBuilder text = new StringBuilder();
            text.append("title: ").append(fill(kind.title())).append('\n')
                    .append("outlet: ").append(names.outlet(outlet)).append('\n')
                    .append("published: ").append(published).append("\n\n");
            List<String> sentences = new ArrayList<>();
            for (List<String> paraphrases : kind.sentences()) {
                sentences.add(fill(paraphrases.get(random.nextInt(paraphrases.size()))));
            }
            List<String> filler = new ArrayList<>(StoryKind.FILLER);
            Collections.shuffle(filler, random);
            int paragraphs = 4 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                List<String> paragraph = new ArrayList<>();
                for (int s = p; s < sentences.size(); s += paragraphs) {
                    paragraph.add(sentences.get(s));
                }
                for (int f = 0; f < 2 + random.nextInt(3); f++) {
                    paragraph.add(fill(filler.get((p * 4 + f) % filler.size())));
                }
                text.append(String.join(" ", paragraph)).append("\n\n");
            }
            return text.toString();
        }

        String wrongText() {
            return wrongText;
        }

        private String fill(String template) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int open = template.indexOf('{', at);
                if (open < 0) {
                    return out.append(template, at, template.length()).toString();
                }
                int close = template.indexOf('}', open);
                String name = template.substring(open + 1, close);
                Slot slot = slots.get(name);
                if (slot == null) {
                    throw new IllegalStateException("template names no slot " + name + ": " + template);
                }
                String words;
                if (name.equals(wrongSlot)) {
                    wrongText = wrongText == null ? slot.wrong(random) : wrongText;
                    words = wrongText;
                } else {
                    words = slot.words(random);
                }
                out.append(template, at, open).append(words);
                at = close + 1;
            }
        }
    }
}
