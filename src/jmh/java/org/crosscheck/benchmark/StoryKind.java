package org.crosscheck.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The kinds of story the corpus generator tells. Stories of one kind share their wording and
 * differ in names and figures, as earnings reports of different companies do.
 */
enum StoryKind {
    EARTHQUAKE("Magnitude {magnitude} earthquake hits {place}",
            List.of(
                    List.of("A magnitude {magnitude} earthquake struck near {place} {day}, killing {dead} people and injuring {hurt} others.",
                            "At least {dead} people were killed and {hurt} injured when a magnitude {magnitude} earthquake hit {place} {day}."),
                    List.of("The quake struck {distance} from {city}, officials said.",
                            "Its epicentre was {distance} from {city}, according to the national seismology agency."),
                    List.of("Rescuers said {collapsed} buildings had collapsed in the old town.",
                            "In the old town, {collapsed} buildings collapsed, rescue teams said."),
                    List.of("Governor {person} said {sheltered} residents were spending the night in shelters.",
                            "About {sheltered} residents were in shelters overnight, Governor {person} said.")),
            List.of("dead", "hurt", "collapsed", "day", "distance")),
    EARNINGS("{company} revenue rises as demand holds up",
            List.of(
                    List.of("{company} reported third-quarter revenue of {revenue}, up {growth} from a year earlier.",
                            "Third-quarter revenue at {company} rose {growth} to {revenue}, the company said."),
                    List.of("The {place}-based group employs {staff} people and plans to hire {hires} more next year.",
                            "{company}, which employs {staff} people, said it would hire {hires} more next year."),
                    List.of("Shares of {company} rose {jump} in early trading {day}.",
                            "{company} shares gained {jump} {day} after the results."),
                    List.of("Chief executive {person}, {age}, said the company would open {stores} new stores.",
                            "The company will open {stores} new stores, said {person}, its {age}-year-old chief executive.")),
            List.of("revenue", "growth", "staff", "jump", "stores", "age")),
    WILDFIRE("Wildfire near {place} forces evacuations",
            List.of(
                    List.of("A wildfire near {place} has burned {area} and destroyed {homes} homes since it began {day}.",
                            "The fire, which broke out {day}, has scorched {area} near {place} and destroyed {homes} homes."),
                    List.of("More than {crews} firefighters were battling the blaze, which was {contained} contained.",
                            "The blaze was {contained} contained, with more than {crews} firefighters on the lines."),
                    List.of("Officials ordered {evacuated} people in {city} to leave their homes.",
                            "Some {evacuated} residents of {city} were told to evacuate, officials said."),
                    List.of("Fire chief {person} said winds of up to {wind} were expected.",
                            "Winds could reach {wind}, fire chief {person} warned.")),
            List.of("area", "homes", "evacuated", "contained", "day"));

    /** Sentences any story may carry, about nothing a figure could disagree on. */
    static final List<String> FILLER = List.of(
            "Officials said more details would be released later.",
            "The agency did not respond to a request for comment.",
            "Residents described scenes of confusion as the news spread across {place}.",
            "Local media showed images of emergency vehicles lining the main road.",
            "Analysts said the situation remained uncertain.",
            "The authorities urged people to follow official announcements.",
            "Neighbouring towns offered help, according to a statement.",
            "The news was widely shared on social media throughout the day.",
            "Community leaders in {place} called for calm and patience.",
            "It was not immediately clear what would happen next.",
            "Reporters at the scene described long queues outside public buildings.",
            "A spokesperson said the government was monitoring developments closely.",
            "Several schools in the area announced they would stay closed.",
            "Experts cautioned against drawing early conclusions.");

    private final String title;
    private final List<List<String>> sentences;
    private final List<String> conflictable;

    StoryKind(String title, List<List<String>> sentences, List<String> conflictable) {
        this.title = title;
        this.sentences = sentences;
        this.conflictable = conflictable;
    }

    String title() {
        return title;
    }

    /** Each sentence of the story as the paraphrases an outlet chooses from. */
    List<List<String>> sentences() {
        return sentences;
    }

    /** The slots a planted conflict may change. */
    List<String> conflictable() {
        return conflictable;
    }

    /** Draws the names and figures of one story published on {@code published}. */
    Map<String, Slot> slots(Random random, Names names, LocalDate published) {
        Map<String, Slot> common = Map.of(
                "place", Slot.name(names.place()),
                "city", Slot.name(names.place()),
                "person", Slot.name(names.person()),
                "company", Slot.name(names.company()),
                "day", new Slot.Day(published.minusDays(1 + random.nextInt(5))));
        Map<String, Slot> own = switch (this) {
            case EARTHQUAKE -> Map.of(
                    "magnitude", new Slot.Decimal(5 + random.nextInt(30) / 10.0),
                    "dead", new Slot.Count(3 + random.nextInt(400)),
                    "hurt", new Slot.Count(20 + random.nextInt(2000)),
                    "distance", new Slot.Distance(10 + random.nextInt(120)),
                    "collapsed", new Slot.Count(2 + random.nextInt(60)),
                    "sheltered", new Slot.Count(1000 + random.nextInt(20000)));
            case EARNINGS -> Map.of(
                    "revenue", new Slot.Money(1 + random.nextInt(200) / 10.0),
                    "growth", new Slot.Percent(2 + random.nextInt(25)),
                    "staff", new Slot.Count(500 + random.nextInt(40000)),
                    "hires", new Slot.Count(50 + random.nextInt(900)),
                    "jump", new Slot.Percent(1 + random.nextInt(12)),
                    "age", new Slot.Count(38 + random.nextInt(30)),
                    "stores", new Slot.Count(5 + random.nextInt(80)));
            case WILDFIRE -> Map.of(
                    "area", new Slot.Area(1000L * (2 + random.nextInt(60))),
                    "homes", new Slot.Count(4 + random.nextInt(300)),
                    "crews", new Slot.Count(100 + random.nextInt(2000)),
                    "contained", new Slot.Percent(5 + random.nextInt(60)),
                    "evacuated", new Slot.Count(500 + random.nextInt(30000)),
                    "wind", new Slot.Distance(40 + random.nextInt(60)));
        };
        var all = new java.util.HashMap<>(common);
        all.putAll(own);
        return all;
    }
}
