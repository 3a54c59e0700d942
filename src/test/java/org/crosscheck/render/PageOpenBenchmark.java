package org.crosscheck.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.finding.Report;

/**
 * Measures how fast report.html opens and responds with many findings (default 10,000), in headless
 * Chromium: rendering time, page size, time to first paint and until the first page of findings shows
 * (measured from navigation start), and how long a text
 * search and a page turn take. Prints figures; asserts nothing. Run (see README "Speed, measured"):
 * {@code mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.crosscheck.render.PageOpenBenchmark -Dexec.args="10000 5"}
 */
public final class PageOpenBenchmark {
    private static final String MEASURE_OPEN = "var n = performance.getEntriesByType('navigation')[0];"
            + " var p = performance.getEntriesByName('first-contentful-paint')[0];"
            + " var r = performance.getEntriesByName('crosscheck-ready')[0];"
            + " return {dom: n.domContentLoadedEventEnd, ready: r.startTime, paint: p ? p.startTime : -1};";
    private static final String MEASURE_SEARCH = "var f = document.getElementById('filters'); var t = performance.now();"
            + " f.elements.text.value = 'district 3'; f.dispatchEvent(new Event('change'));"
            + " document.body.offsetHeight; return performance.now() - t;";
    private static final String MEASURE_PAGE = "var t = performance.now(); document.getElementById('page-next').click();"
            + " document.body.offsetHeight; return performance.now() - t;";

    private PageOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int findings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Report report = SyntheticReport.withFindings(findings);
        Path page = Path.of("target/benchmark-html/report.html");
        Files.createDirectories(page.getParent());
        for (int run = 1; run <= 3; run++) {
            long renderStart = System.nanoTime();
            try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                new HtmlRenderer().render(report, out);
            }
            System.out.printf("%d findings, %d sources, %d facts: render %d took %.0f ms, %.1f MB%n", findings,
                    report.sources().size(), report.facts().size(), run, (System.nanoTime() - renderStart) / 1e6,
                    Files.size(page) / 1e6);
        }
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int run = 1; run <= runs; run++) {
                browser.open(page);
                Map<?, ?> open = (Map<?, ?>) browser.script(MEASURE_OPEN);
                Number search = (Number) browser.script(MEASURE_SEARCH);
                browser.open(page);
                Number turn = (Number) browser.script(MEASURE_PAGE);
                System.out.printf("run %d: first paint %.0f ms, DOMContentLoaded %.0f ms, first page of findings shown"
                                + " %.0f ms, text search %.0f ms, next page %.0f ms%n", run, number(open.get("paint")),
                        number(open.get("dom")), number(open.get("ready")), search.doubleValue(), turn.doubleValue());
            }
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
