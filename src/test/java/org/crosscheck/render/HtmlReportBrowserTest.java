package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * report.html as a reader meets it, in a real headless Chromium: the seed articles, the golden mini
 * corpus and two sources carrying markup and script, checked by the command line into target/browser/.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/browser");
    private static final String CORPORA = "seeds,src/test/resources/golden/mini,src/test/resources/html/hostile";

    private static HeadlessChromium browser;
    private static JsonNode report;

    @BeforeAll
    static void checkAndOpen() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--out", OUT.toString(), "--format", "html,json"));
        args.addAll(List.of(CORPORA.split(",")));
        int exit = Main.mainWithoutExit(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args.toArray(String[]::new));
        assertEquals(1, exit, "the corpora hold errors, so check exits 1");
        report = new ObjectMapper().readTree(OUT.resolve("report.json").toFile());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openReport() {
        browser.open(OUT.resolve("report.html"));
    }

    @Test
    void opensWithoutConsoleErrorsOrOutsideRequests() throws Exception {
        String policy = browser.driver().findElement(By.cssSelector("meta[http-equiv=Content-Security-Policy]"))
                .getAttribute("content");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        assertEquals(List.of(), browser.consoleErrors());
        List<String> requests = browser.requestedUrls();
        assertFalse(requests.isEmpty(), "the network log recorded the page itself");
        assertEquals(List.of(), requests.stream().filter(url -> !url.startsWith("file:") && !url.startsWith("data:")).toList());
    }

    @Test
    void rendersEveryFindingOfReportJson() {
        List<String> expected = new ArrayList<>();
        report.path("findings").forEach(finding -> expected.add(finding.path("id").asText()));
        assertTrue(expected.size() >= 3, "the corpora give several findings");
        assertEquals(expected, FindingPages.allRendered(browser));
    }

    @Test
    void evidenceLinkScrollsToTheMarkedSpanInTheSource() {
        WebElement link = browser.driver().findElement(By.cssSelector("[data-finding-id]:not([hidden]) a.evidence"));
        String quoted = link.findElement(By.xpath("ancestor::figure//mark")).getText();
        String factId = link.getAttribute("href").replaceFirst(".*#fact-", "");
        browser.script("window.scrollTo(0, 0)");
        link.click();
        WebElement span = browser.driver().findElement(By.cssSelector("#sources [data-fact-id='" + factId + "']"));
        assertEquals(quoted, span.getText());
        assertTrue(span.getAttribute("class").contains("focus"), span.getAttribute("class"));
        assertTrue(span.isDisplayed());
        assertEquals(Boolean.TRUE, browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", span));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#fact-" + factId));
    }

    @Test
    void claimLinkLeadsToTheClaimsRowInItsStoryMatrix() {
        WebElement card = browser.driver().findElement(By.cssSelector("[data-finding-id][data-rule=value-conflict]"));
        String claim = claimOf(card.getAttribute("data-finding-id"));
        card.findElement(By.cssSelector(".meta a")).click();
        WebElement row = browser.driver().findElement(By.id("claim-" + claim));
        assertTrue(row.getAttribute("class").contains("focus"));
        assertEquals("conflict", row.findElement(By.cssSelector("td.status-conflict")).getText());
        assertTrue(row.findElements(By.cssSelector("a.cell-fact.odd")).size() >= 1, "a disagreeing value stands out");
    }

    @Test
    void severityRuleAndTextFiltersHideWhatTheyShould() {
        assertTrue(visible("error") > 0 && visible("warning") > 0, "errors and warnings show at first");
        assertEquals(0, visible("info"), "info is off at first");
        browser.driver().findElement(By.cssSelector("input[name=severity][value=error]")).click();
        assertEquals(0, visible("error"));
        assertTrue(visible("warning") > 0);
        browser.driver().findElement(By.cssSelector("input[name=severity][value=info]")).click();
        assertTrue(visible("info") > 0);
        new Select(browser.driver().findElement(By.name("rule"))).selectByValue("update");
        List<WebElement> shown = visibleCards();
        assertEquals(countOf("rule", "update"), shown.size());
        shown.forEach(card -> assertEquals("update", card.getAttribute("data-rule")));
        new Select(browser.driver().findElement(By.name("rule"))).selectByValue("");
        browser.driver().findElement(By.cssSelector("input[name=severity][value=error]")).click();
        browser.driver().findElement(By.name("text")).sendKeys("potosi", Keys.ENTER);
        shown = visibleCards();
        assertFalse(shown.isEmpty());
        shown.forEach(card -> assertTrue(card.getText().toLowerCase().contains("potosi"), card.getText()));
    }

    @Test
    void storyAndSourceFiltersKeepOnlyTheirFindings() {
        browser.driver().findElement(By.cssSelector("input[name=severity][value=info]")).click();
        String source = report.path("findings").get(0).path("evidence").get(0).path("source").asText();
        String sourceId = idOfSource(source);
        new Select(browser.driver().findElement(By.name("source"))).selectByValue(sourceId);
        List<WebElement> shown = visibleCards();
        assertFalse(shown.isEmpty());
        shown.forEach(card -> assertTrue((" " + card.getAttribute("data-sources") + " ").contains(" " + sourceId + " ")));
        new Select(browser.driver().findElement(By.name("source"))).selectByValue("");
        new Select(browser.driver().findElement(By.name("story"))).selectByValue("story-1");
        shown = visibleCards();
        assertEquals(Math.min(HtmlModel.PAGE_SIZE, countOf("story", "story-1")), shown.size());
        shown.forEach(card -> assertEquals("story-1", card.getAttribute("data-story")));
    }

    @Test
    void keyboardReachesSearchAndSteppsThroughFindings() {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys("j");
        assertEquals(visibleCards().get(0).getAttribute("data-finding-id"),
                browser.script("return document.activeElement.getAttribute('data-finding-id')"));
        browser.driver().switchTo().activeElement().sendKeys("/");
        assertEquals("text", browser.script("return document.activeElement.name"));
        browser.driver().switchTo().activeElement().sendKeys("no such words anywhere", Keys.ENTER);
        assertTrue(visibleCards().isEmpty());
        assertTrue(browser.driver().findElement(By.id("no-match")).isDisplayed());
    }

    @Test
    void sourceMarkupIsShownAsTextAndNeverRuns() {
        assertEquals("undefined", browser.script("return typeof window.crosscheckRan"));
        assertEquals(1L, browser.script("return Array.prototype.filter.call(document.scripts,"
                + " function (s) { return s.type !== 'application/json'; }).length"));
        assertEquals(0L, browser.script("return document.querySelectorAll('[onerror],[onload],img,a[href^=javascript]').length"));
        String sources = browser.driver().findElement(By.id("sources")).getText();
        assertTrue(sources.contains("<script>window.crosscheckRan = 'body';</script>"), "the script shows as text");
        assertTrue(sources.contains("<img src=\"x\" onerror=\"window.crosscheckRan = 'img'\">"), "the tag shows as text");
        assertTrue(browser.driver().findElement(By.id("overview")).getText().contains("<script>window.crosscheckRan = 'title';</script>"));
    }

    @Test
    void screenshotForPeopleToLookAt() throws Exception {
        browser.driver().findElement(By.cssSelector("[data-finding-id]:not([hidden]) a.evidence")).click();
        Path shot = OUT.resolve("report-evidence.png");
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
        browser.open(OUT.resolve("report.html"));
        Path top = OUT.resolve("report.png");
        Files.write(top, browser.driver().getScreenshotAs(OutputType.BYTES));
        for (Path png : List.of(shot, top)) {
            byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, header);
            assertTrue(Files.size(png) > 20_000, png + " holds a rendered page");
        }
    }

    private static long visible(String severity) {
        return visibleCards().stream().filter(card -> severity.equals(card.getAttribute("data-severity"))).count();
    }

    private static List<WebElement> visibleCards() {
        return browser.driver().findElements(By.cssSelector("[data-finding-id]:not([hidden])"));
    }

    private static int countOf(String field, String value) {
        int count = 0;
        for (JsonNode finding : report.path("findings")) {
            count += value.equals(finding.path(field).asText()) ? 1 : 0;
        }
        return count;
    }

    private static String claimOf(String findingId) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("id").asText().equals(findingId)) {
                return finding.path("claim").asText();
            }
        }
        throw new AssertionError("no finding " + findingId);
    }

    private static String idOfSource(String path) {
        for (JsonNode source : report.path("sources")) {
            if (source.path("path").asText().equals(path)) {
                return source.path("id").asText();
            }
        }
        throw new AssertionError("no source " + path);
    }
}
