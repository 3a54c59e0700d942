package org.crosscheck.benchmark;

import java.util.List;
import java.util.Random;

/** Made-up but pronounceable names, so that generated stories differ in who and where. */
final class Names {
    private static final List<String> ONSETS = List.of("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t",
            "v", "z", "br", "dr", "gr", "kr", "st", "tr", "sh", "ch");
    private static final List<String> VOWELS = List.of("a", "e", "i", "o", "u", "ai", "ea", "ou");
    private static final List<String> CODAS = List.of("", "", "n", "r", "l", "s", "m", "th", "nd", "rk");
    private static final List<String> COMPANY_ENDINGS = List.of("Holdings", "Group", "Industries", "Systems",
            "Foods", "Motors", "Energy", "Logistics");
    private static final List<String> OUTLETS = List.of("The Daily Ledger", "Morning Courier", "Global Wire",
            "The Evening Standard-Gazette", "Northern Herald");

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    String place() {
        return word(2 + random.nextInt(2));
    }

    String person() {
        return word(2) + " " + word(2 + random.nextInt(2));
    }

    String company() {
        return word(2) + " " + COMPANY_ENDINGS.get(random.nextInt(COMPANY_ENDINGS.size()));
    }

    String outlet(int index) {
        return OUTLETS.get(index % OUTLETS.size());
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
