package org.crosscheck.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.source.CorpusWalker;
import org.crosscheck.source.Source;
import org.crosscheck.source.SourceReader;

/**
 * Prints every fact extracted from the articles below the folders given (the ECB+ corpus and seeds/
 * by default), every field of it, once as checks read them and once with TimeML's vague times: two
 * builds whose dumps are byte for byte the same extract the same facts. For work on extraction's
 * speed, whose changes must not change a fact. Run with
 * {@code mvn -B -q -Pbenchmark package -Dbenchmark.main=org.crosscheck.extract.FactDump > facts.txt}.
 */
public final class FactDump {
    private FactDump() {
    }

    public static void main(String[] args) throws IOException {
        List<String> folders = args.length > 0 ? List.of(args) : List.of("../shared/corpora/ecbplus", "seeds");
        SourceReader reader = new SourceReader();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        for (boolean vagueTimes : new boolean[] {false, true}) {
            Extractor extractor = new Extractor(vagueTimes);
            for (CorpusWalker.Entry entry : CorpusWalker.walk(folders)) {
                if (reader.read("s", entry.file(), entry.displayPath()) instanceof SourceReader.Read read) {
                    Source source = read.source();
                    out.println("# " + entry.displayPath() + (vagueTimes ? " (vague times)" : ""));
                    extractor.extract(source, source.metadata().published()).forEach(out::println);
                }
            }
        }
        out.flush();
    }
}
