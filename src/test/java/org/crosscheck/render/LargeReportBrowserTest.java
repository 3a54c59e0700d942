package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A report with more findings than one page and more sources than start unfolded, its page data
 * gzipped as for a large corpus: paging, and links into folded sources.
 */
class LargeReportBrowserTest {
    private static final Path PAGE = Path.of("target/browser/large/report.html");
    private static final int FINDINGS = 240;
    private static HeadlessChromium browser;
    private static Report report;

    @BeforeAll
    static void renderAndOpen() throws Exception {
        report = SyntheticReport.withFindings(FINDINGS);
        Files.createDirectories(PAGE.getParent());
        try (Writer out = Files.newBufferedWriter(PAGE, StandardCharsets.UTF_8)) {
            new HtmlRenderer(1_000).render(report, out);
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open() {
        browser.open(PAGE);
    }

    @Test
    void onePageIsRenderedAtATimeAndPagingReachesEveryFinding() {
        long errorsAndWarnings = report.findings().stream().filter(f -> !f.severity().id().equals("info")).count();
        List<String> firstPage = renderedIds();
        assertEquals(HtmlModel.PAGE_SIZE, firstPage.size());
        assertTrue(browser.driver().findElement(By.id("finding-status")).getText()
                .contains("of " + errorsAndWarnings + " matching"));
        browser.driver().findElement(By.id("page-next")).click();
        List<String> secondPage = renderedIds();
        assertEquals(HtmlModel.PAGE_SIZE, secondPage.size());
        assertTrue(secondPage.stream().noneMatch(firstPage::contains));
        assertTrue(browser.driver().findElement(By.id("finding-status")).getText().contains("page 2 of"));
        browser.open(PAGE);
        assertEquals(report.findings().stream().map(Finding::id).toList(), FindingPages.allRendered(browser));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void evidenceLinkOpensAFoldedSource() throws Exception {
        WebElement link = browser.driver().findElement(By.cssSelector("[data-finding-id]:not([hidden]) a.evidence"));
        String factId = link.getAttribute("href").replaceFirst(".*#fact-", "");
        assertTrue(browser.driver().findElements(By.id("fact-" + factId)).isEmpty(),
                "sources start folded, their text not yet built, in a large report");
        link.click();
        WebElement span = browser.waitFor(driver -> driver.findElement(By.cssSelector("#fact-" + factId.replace(".", "\\.") + ".focus")));
        assertTrue(span.isDisplayed());
        assertTrue(Files.readString(PAGE).contains("data-gzip"), "the page data is compressed");
    }

    @Test
    void unfoldingAStoryBuildsItsClaimMatrix() {
        String story = report.stories().get(1).id();
        String rows = "#story-" + story + " table.matrix tbody tr";
        assertTrue(browser.driver().findElements(By.cssSelector(rows)).isEmpty(), "stories start folded");
        browser.driver().findElement(By.cssSelector("#story-" + story + " > summary")).click();
        long claims = report.claims().stream().filter(claim -> claim.story().equals(story)).count();
        assertEquals(claims, (long) browser.waitFor(driver -> {
            int count = driver.findElements(By.cssSelector(rows)).size();
            return count == 0 ? null : count;
        }));
    }

    private static List<String> renderedIds() {
        return FindingPages.rendered(browser);
    }
}
