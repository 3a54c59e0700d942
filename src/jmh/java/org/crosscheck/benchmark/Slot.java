package org.crosscheck.benchmark;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A value of a generated story and the wordings an outlet may choose for it. All wordings of
 * {@link #words} agree; {@link #wrong} writes a value no wording of the right one can agree with.
 */
interface Slot {
    String words(Random random);

    default String wrong(Random random) {
        throw new IllegalStateException(getClass().getSimpleName() + " has no wrong value");
    }

    static Slot name(String name) {
        return random -> name;
    }

    /** A whole number of things: digits, words when small, or a lower bound ("more than 2,000"). */
    record Count(long n) implements Slot {
        private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten");

        @Override
        public String words(Random random) {
            int choice = random.nextInt(3);
            if (choice == 0 && n <= 10) {
                return WORDS.get((int) n);
            }
            long bound = roundDown(n);
            return choice == 1 && bound < n && bound > 10 ? "more than " + digits(bound) : digits(n);
        }

        @Override
        public String wrong(Random random) {
            return digits(Math.round(n * (1.4 + random.nextDouble() * 0.4)) + 3);
        }

        private static long roundDown(long value) {
            long scale = 1;
            while (value / scale >= 100) {
                scale *= 10;
            }
            return value / scale * scale;
        }
    }

    /** Dollars, written compact or in words. */
    record Money(double billions) implements Slot {
        @Override
        public String words(Random random) {
            String amount = String.format(Locale.ROOT, "%.1f", billions);
            return switch (random.nextInt(3)) {
                case 0 -> "$" + amount + "bn";
                case 1 -> "$" + amount + " billion";
                default -> amount + " billion dollars";
            };
        }

        @Override
        public String wrong(Random random) {
            return "$" + String.format(Locale.ROOT, "%.1f", billions * 1.3 + 0.4) + " billion";
        }
    }

    record Percent(int percent) implements Slot {
        @Override
        public String words(Random random) {
            return random.nextBoolean() ? percent + "%" : percent + " percent";
        }

        @Override
        public String wrong(Random random) {
            return (percent + 6 + random.nextInt(5)) + "%";
        }
    }

    /** An area, in acres or in the hectares they convert to. */
    record Area(long acres) implements Slot {
        @Override
        public String words(Random random) {
            return random.nextBoolean() ? digits(acres) + " acres" : digits(Math.round(acres * 0.404686)) + " hectares";
        }

        @Override
        public String wrong(Random random) {
            return digits(acres * 2) + " acres";
        }
    }

    /** A distance in kilometres, or in the miles it converts to. */
    record Distance(int kilometres) implements Slot {
        @Override
        public String words(Random random) {
            return switch (random.nextInt(3)) {
                case 0 -> kilometres + " km";
                case 1 -> kilometres + " kilometres";
                default -> "about " + Math.round(kilometres / 1.609344) + " miles";
            };
        }

        @Override
        public String wrong(Random random) {
            return (kilometres * 3 + 20) + " kilometres";
        }
    }

    record Decimal(double value) implements Slot {
        @Override
        public String words(Random random) {
            return String.format(Locale.ROOT, "%.1f", value);
        }

        @Override
        public String wrong(Random random) {
            return String.format(Locale.ROOT, "%.1f", value + 0.8);
        }
    }

    /** A day a few days before publication: its weekday or its date. */
    record Day(LocalDate day) implements Slot {
        @Override
        public String words(Random random) {
            return random.nextBoolean()
                    ? "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    : "on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
        }

        @Override
        public String wrong(Random random) {
            LocalDate other = day.minusDays(10 + random.nextInt(10));
            return "on " + other.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + other.getDayOfMonth();
        }
    }

    private static String digits(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
