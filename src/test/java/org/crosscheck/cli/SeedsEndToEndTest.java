package org.crosscheck.cli;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walking skeleton's promises about the seed articles, read back from report.json. */
class SeedsEndToEndTest {
    @TempDir
    static Path out;
    static JsonNode report;

    @BeforeAll
    static void checkSeeds() throws Exception {
        int exit = Main.mainWithoutExit(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check", "seeds", "--out", out.toString(), "--format", "json,html");
        assertTrue(exit == 0 || exit == 1, "exit code " + exit);
        report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertTrue(Files.size(out.resolve("report.html")) > 1000);
    }

    @Test
    void fourAndAHalfHoursInThreeSourcesIsOneClaim() {
        assertOneClaim("duration", 16200, List.of("000", "001", "003"), "four-and-a-half hour");
    }

    @Test
    void ninetyMinutesInThreeSourcesIsOneClaim() {
        assertOneClaim("duration", 5400, List.of("000", "001", "003"), "90-minute");
    }

    @Test
    void twentyPercentInThreeSourcesIsOneClaim() {
        assertOneClaim("percent", 20, List.of("000", "001", "003"), "20%");
    }

    @Test
    void marchTenthIsOneClaimInTwoSources() {
        assertOneClaim("date", "2025-03-10", List.of("001", "002"), "March 10");
    }

    @Test
    void februaryTwentyTwentyTwoAndTheInvasionDate() {
        assertEquals(Set.of("000", "001", "003"), sourcesWith("date", "2022-02", "February 2022"));
        assertEquals(Set.of("002"), sourcesWith("date", "2022-02-24", "Feb. 24, 2022"));
    }

    @Test
    void dronesApartmentsAndAge() {
        assertEquals(Set.of("002"), sourcesWith("count", 176, "176 drones"));
        assertEquals(Set.of("002"), sourcesWith("count", 38, "38 apartments"));
        assertEquals(Set.of("000", "001"), sourcesWith("age", 47, "47"));
    }

    @Test
    void namesWithNumbersAreNotFacts() {
        for (JsonNode fact : report.get("facts")) {
            String text = fact.get("text").asText();
            for (String name : List.of("World War", "Channel One", "G-20", "OPEC")) {
                assertFalse(text.contains(name) || "II".equals(text) || "One".equals(text) || "20".equals(text),
                        "name read as a fact: " + text);
            }
        }
    }

    @Test
    void trailingHeadlinesOfSeed004AreNotRead() {
        for (JsonNode fact : report.get("facts")) {
            String text = fact.get("text").asText();
            assertFalse(text.contains("Billion") || text.contains("90,933") || text.contains("10,000")
                    || text.contains("2,500") || text.contains("$2b"), "boilerplate fact: " + text);
        }
    }

    @Test
    void undatedSeedsBorrowTheDateOfTheirStory() {
        for (JsonNode source : report.get("sources")) {
            assertEquals("2025-02-18", source.get("published").asText());
            assertEquals(!source.get("path").asText().contains("002_"), source.get("publishedInferred").asBoolean());
        }
    }

    @Test
    void theOnlyAlarmIsTheSaudiTripMovedFromWednesdayToMarchTenth() {
        List<JsonNode> alarms = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (!finding.get("severity").asText().equals("info")) {
                alarms.add(finding);
            }
        });
        assertEquals(1, alarms.size(), "errors and warnings: " + alarms);
        JsonNode trip = alarms.get(0);
        assertEquals("warning", trip.get("severity").asText());
        Set<String> quoted = new HashSet<>();
        trip.get("evidence").forEach(item -> quoted.add(item.get("text").asText()));
        assertTrue(quoted.containsAll(Set.of("Wednesday", "March 10")), "quotes " + quoted);
    }

    @Test
    void noFindingSetsAgreeingFactsAgainstEachOther() {
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("category").asText().equals("single-source")) {
                continue;
            }
            Set<String> values = new HashSet<>();
            finding.get("evidence").forEach(item -> values.add(item.get("value").asText()));
            assertTrue(values.size() > 1, "finding " + finding.get("id") + " sets equal values against each other");
        }
    }

    private void assertOneClaim(String kind, Object value, List<String> sources, String text) {
        Set<String> claims = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (JsonNode fact : facts(kind, value, text)) {
            claims.add(fact.get("claim").asText());
            found.add(seedOf(fact));
        }
        assertEquals(Set.copyOf(sources), found, text + " found in");
        assertEquals(1, claims.size(), text + " claims " + claims);
    }

    private Set<String> sourcesWith(String kind, Object value, String text) {
        Set<String> found = new HashSet<>();
        facts(kind, value, text).forEach(fact -> found.add(seedOf(fact)));
        return found;
    }

    private List<JsonNode> facts(String kind, Object value, String text) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode fact : report.get("facts")) {
            boolean sameValue = value instanceof Number number
                    ? fact.get("value").isNumber() && fact.get("value").asDouble() == number.doubleValue()
                    : fact.get("value").asText().equals(value);
            if (fact.get("kind").asText().equals(kind) && sameValue && fact.get("text").asText().contains(text)) {
                matching.add(fact);
            }
        }
        return matching;
    }

    private String seedOf(JsonNode fact) {
        for (JsonNode source : report.get("sources")) {
            if (source.get("id").asText().equals(fact.get("source").asText())) {
                return Path.of(source.get("path").asText()).getFileName().toString().substring(0, 3);
            }
        }
        throw new AssertionError("no source " + fact.get("source"));
    }
}
