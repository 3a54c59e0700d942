package org.crosscheck.pipeline;

import org.crosscheck.align.CopyDetector;
import org.crosscheck.align.TermDictionary;
import org.crosscheck.align.Terms;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Metadata;
import org.crosscheck.source.ReadProblem;
import org.crosscheck.source.Source;

/**
 * What the first pass keeps of a source: where it is, what it says about itself, its terms for
 * story grouping and its sketch for copy detection. Its text is not kept; the second pass reads
 * the file again, one story at a time. {@code problem} is set when the file could not be read
 * ({@code metadata} is then null) or was read with damage (bytes replaced).
 */
record Outline(String id, CorpusWalker.Entry entry, Metadata metadata, Terms terms, CopyDetector.Sketch sketch,
               long characters, ReadProblem problem) {

    static Outline of(String id, CorpusWalker.Entry entry, Source source, ReadProblem damage, TermDictionary dictionary) {
        return new Outline(id, entry, source.metadata(), Terms.of(source.text(), source.bodyStart(), source.bodyEnd(), dictionary),
                CopyDetector.Sketch.of(source.text(), source.bodyStart(), source.bodyEnd()), source.text().length(), damage);
    }

    boolean readable() {
        return metadata != null;
    }

    /** The outline the second pass needs, once stories are found. */
    Outline withoutTerms() {
        return new Outline(id, entry, metadata, null, sketch, characters, problem);
    }

    static Outline unreadable(String id, CorpusWalker.Entry entry, ReadProblem problem) {
        return new Outline(id, entry, null, null, null, 0, problem);
    }
}
