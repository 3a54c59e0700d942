package org.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
    private static final TermDictionary DICTIONARY = new TermDictionary();
    private static final String QUAKE_A = "A magnitude 6.8 earthquake struck southern Peru near Arequipa on Monday, killing nine "
            + "people in Castilla province, the civil defence institute said. Adobe homes collapsed in Chuquibamba.";
    private static final String QUAKE_B = "Nine people died when a strong earthquake shook the Arequipa region of Peru late on "
            + "Monday, authorities in Castilla province said, as rescuers searched collapsed adobe homes in Chuquibamba.";
    private static final String QUAKE_ITALY = "A magnitude 5.9 earthquake shook Umbria in central Italy on Tuesday, damaging "
            + "churches in Norcia and Cascia; four people were hurt, the civil protection agency said.";
    private static final String EARNINGS = "Tessaro Systems reported second-quarter revenue of $3.62 billion on Tuesday, beating "
            + "analyst forecasts, and said chief financial officer Ruth Adeyemi would step down in September.";

    private static StoryGrouper.Member member(String id, String story, String text) {
        return new StoryGrouper.Member(id, story, Terms.of(text, 0, text.length(), DICTIONARY));
    }

    private static CopyDetector.Sketch sketch(String text) {
        return CopyDetector.Sketch.of(text, 0, text.length());
    }

    private static Set<Set<String>> groups(List<Story> stories) {
        return stories.stream().map(story -> Set.copyOf(story.sourceIds())).collect(Collectors.toSet());
    }

    @Test
    void reportsOfOneEventJoinAndLookAlikeEventsStayApart() {
        List<Story> stories = StoryGrouper.defaults().group(List.of(
                member("a", null, QUAKE_A), member("b", null, QUAKE_B), member("c", null, QUAKE_ITALY),
                member("d", null, EARNINGS)), DICTIONARY);
        assertEquals(Set.of(Set.of("a", "b"), Set.of("c"), Set.of("d")), groups(stories));
    }

    @Test
    void manyLookAlikeStoriesAreToldApartByTheirNames() {
        java.util.Random random = new java.util.Random(7);
        List<StoryGrouper.Member> members = new java.util.ArrayList<>();
        Set<Set<String>> expected = new java.util.HashSet<>();
        for (int story = 0; story < 400; story++) {
            String place = name(random);
            String governor = name(random) + " " + name(random);
            Set<String> ids = new java.util.HashSet<>();
            for (int outlet = 0; outlet < 3; outlet++) {
                String id = story + "-" + outlet;
                ids.add(id);
                members.add(member(id, null, "A strong earthquake struck near " + place + " on Monday, killing "
                        + random.nextInt(300) + " people. Governor " + governor + " said rescuers in " + place
                        + " were searching collapsed buildings. The earthquake damaged roads and bridges across the region."));
            }
            expected.add(ids);
        }
        java.util.Collections.shuffle(members, random);
        assertEquals(expected, groups(StoryGrouper.defaults().group(members, DICTIONARY)));
    }

    /** Term ids depend on which thread met a term first; which of equally weighted terms a signature keeps must not. */
    @Test
    void signaturesKeepTheAlphabeticallyFirstOfEquallyWeightedTerms() {
        String text = "zebra yak walrus xylophone";
        for (List<String> firstMet : List.of(List.of("zebra", "walrus"), List.of("walrus", "zebra"))) {
            TermDictionary dictionary = new TermDictionary();
            firstMet.forEach(dictionary::id);
            List<StoryGrouper.Member> members = List.of(new StoryGrouper.Member("a", null, Terms.of(text, 0, text.length(), dictionary)));
            int[] ranks = dictionary.alphabeticalRanks();
            assertArrayEquals(new int[] {ranks[dictionary.id("walrus")]}, new Signatures(members, ranks, 1).of(0).terms());
        }
    }

    /**
     * Earnings of many companies whose names end alike ("Norvale Airlines", "Tesku Airlines"): the shared ending is a
     * name rarer than the words of the kind, so it proposes look-alike stories; none may take in another company's.
     */
    @Test
    void earningsOfCompaniesWithALikeNamesStayApart() {
        java.util.Random random = new java.util.Random(11);
        Set<String> used = new java.util.HashSet<>();
        List<String> endings = List.of("Airlines", "Bank", "Mining", "Pharma", "Telecom");
        List<String> sentences = List.of("Shares of %s rose in early trading after the results.",
                "%s said demand held up across its main markets.", "Analysts had expected weaker figures from %s.",
                "The board proposed a higher dividend for the year.", "Costs rose more slowly than sales, the company said.",
                "Its outlook for the coming quarter was left unchanged.", "The group plans to cut debt and buy back shares.",
                "Currency swings weighed on overseas earnings.", "Investors welcomed the stronger cash flow.",
                "Competition in its home market remained fierce.", "Executives declined to comment on possible acquisitions.");
        List<StoryGrouper.Member> members = new java.util.ArrayList<>();
        Map<String, Integer> storyOf = new java.util.HashMap<>();
        for (int story = 0; story < 600; story++) {
            String company = unusedName(random, used) + " " + endings.get(random.nextInt(endings.size()));
            String chief = unusedName(random, used) + " " + unusedName(random, used);
            for (int outlet = 0; outlet < 4; outlet++) {
                StringBuilder text = new StringBuilder(company + " reported quarterly revenue of $" + (1 + random.nextInt(90))
                        + " billion on Thursday, and chief executive " + chief + " said profit margins had widened. ");
                for (String sentence : sentences) {
                    if (random.nextInt(5) > 0) {
                        text.append(String.format(sentence, company)).append(' ');
                    }
                }
                String id = story + "-" + outlet;
                storyOf.put(id, story);
                members.add(member(id, null, text.toString()));
            }
        }
        java.util.Collections.shuffle(members, random);
        List<Story> stories = StoryGrouper.defaults().group(members, DICTIONARY);
        List<List<String>> mixed = stories.stream().map(Story::sourceIds)
                .filter(ids -> ids.stream().map(storyOf::get).distinct().count() > 1).toList();
        assertEquals(List.of(), mixed, "stories holding more than one company's reports");
        assertTrue(stories.size() <= 606, "at most 1% of the 600 written stories split: " + stories.size());
    }

    private static String unusedName(java.util.Random random, Set<String> used) {
        String name = name(random);
        return used.add(name) ? name : unusedName(random, used);
    }

    private static String name(java.util.Random random) {
        String letters = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            name.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void declaredStoriesAreKeptWhateverTheirWords() {
        List<Story> stories = StoryGrouper.defaults().group(List.of(
                member("a", "peru", QUAKE_A), member("b", "other", QUAKE_B), member("c", "peru", EARNINGS)), DICTIONARY);
        assertEquals(Set.of(Set.of("a", "c"), Set.of("b")), groups(stories));
    }

    @Test
    void anUndeclaredSourceJoinsTheDeclaredStoryItResembles() {
        List<Story> stories = StoryGrouper.defaults().group(List.of(
                member("a", "peru", QUAKE_A), member("b", null, QUAKE_B)), DICTIONARY);
        assertEquals(Set.of(Set.of("a", "b")), groups(stories));
    }

    @Test
    void copiesOfOneTextFormOneFamilyAndRewritesDoNot() {
        String copy = QUAKE_A.replace("the civil defence institute said", "officials said");
        Map<String, CopyDetector.Sketch> sketches = new java.util.LinkedHashMap<>();
        sketches.put("a", sketch(QUAKE_A));
        sketches.put("b", sketch(copy));
        sketches.put("c", sketch(QUAKE_B));
        Map<String, String> families = CopyDetector.defaults().families(sketches);
        assertEquals("a", families.get("b"));
        assertEquals("c", families.get("c"));
    }
}
