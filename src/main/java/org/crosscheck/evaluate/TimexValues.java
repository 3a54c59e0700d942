package org.crosscheck.evaluate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Whether two TIMEX3 values say the same thing. Dates, times and sets compare as written;
 * durations compare by amount, so that {@code PT90M} equals {@code PT1H30M}, {@code P10Y} equals
 * {@code P1DE} and {@code P1W} equals {@code P7D}. Months and years, days and weeks, and clock
 * units stay three separate scales: {@code P1M} is not {@code P30D}, nor {@code P1D} {@code PT24H}.
 */
final class TimexValues {
    private static final Map<String, BigDecimal> MONTHS = Map.of("M", BigDecimal.ONE, "Q", BigDecimal.valueOf(3),
            "Y", BigDecimal.valueOf(12), "DE", BigDecimal.valueOf(120), "CE", BigDecimal.valueOf(1200),
            "ML", BigDecimal.valueOf(12000));
    private static final Map<String, BigDecimal> DAYS = Map.of("D", BigDecimal.ONE, "W", BigDecimal.valueOf(7));
    private static final Map<String, BigDecimal> SECONDS = Map.of("S", BigDecimal.ONE, "M", BigDecimal.valueOf(60),
            "H", BigDecimal.valueOf(3600));

    /** A duration as whole amounts of months, days and seconds. */
    private record Amount(BigDecimal months, BigDecimal days, BigDecimal seconds) {
        boolean same(Amount other) {
            return months.compareTo(other.months) == 0 && days.compareTo(other.days) == 0
                    && seconds.compareTo(other.seconds) == 0;
        }
    }

    private TimexValues() {
    }

    static boolean equivalent(String gold, String system) {
        if (gold == null || system == null) {
            return false;
        }
        if (gold.equals(system)) {
            return true;
        }
        Amount goldAmount = duration(gold);
        Amount systemAmount = duration(system);
        return goldAmount != null && systemAmount != null && goldAmount.same(systemAmount);
    }

    /** The amount of a duration such as {@code P1Y6M} or {@code PT1H30M}; null for anything else. */
    private static Amount duration(String value) {
        if (!value.startsWith("P") || value.length() < 3) {
            return null;
        }
        BigDecimal months = BigDecimal.ZERO;
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal seconds = BigDecimal.ZERO;
        boolean clock = false;
        int i = 1;
        while (i < value.length()) {
            if (value.charAt(i) == 'T' && !clock) {
                clock = true;
                i++;
                continue;
            }
            int unitStart = i;
            while (unitStart < value.length() && isNumeral(value.charAt(unitStart))) {
                unitStart++;
            }
            int unitEnd = unitStart;
            while (unitEnd < value.length() && Character.isLetter(value.charAt(unitEnd)) && value.charAt(unitEnd) != 'T') {
                unitEnd++;
            }
            BigDecimal number = number(value.substring(i, unitStart));
            String unit = value.substring(unitStart, unitEnd);
            if (number == null || unit.isEmpty()) {
                return null;
            }
            if (clock && SECONDS.containsKey(unit)) {
                seconds = seconds.add(number.multiply(SECONDS.get(unit)));
            } else if (!clock && MONTHS.containsKey(unit)) {
                months = months.add(number.multiply(MONTHS.get(unit)));
            } else if (!clock && DAYS.containsKey(unit)) {
                days = days.add(number.multiply(DAYS.get(unit)));
            } else {
                return null;
            }
            i = unitEnd;
        }
        return new Amount(months, days, seconds);
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    private static BigDecimal number(String digits) {
        try {
            return digits.isEmpty() ? null : new BigDecimal(digits);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
