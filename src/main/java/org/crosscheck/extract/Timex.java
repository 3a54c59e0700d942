package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/** TIMEX3 values as TimeML writes them. */
final class Timex {
    /** A twelfth of the 365-day year the unit table gives a year. */
    private static final double MONTH_SECONDS = 31536000.0 / 12;
    /** Compiled once: a duration fact asks for them, and String.replaceAll compiles its pattern at every call. */
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private Timex() {
    }

    /** An unstated amount of a unit: "PXY" for years, "PTXH" for hours. */
    static String vague(String designator) {
        String unit = DIGITS.matcher(designator).replaceAll("");
        return unit.startsWith("T") ? "PTX" + unit.substring(1) : "PX" + unit;
    }

    /** A number as TIMEX3 writes it: "3", "4.5". */
    static String amount(double amount) {
        return amount == Math.floor(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
    }

    /** "PT90M", "P3Y", "P1DE" for a decade: an amount of one designator as written. */
    static String duration(double amount, String designator) {
        String number = amount(amount);
        if (designator.startsWith("T")) {
            return "PT" + number + designator.substring(1);
        }
        String multiplier = NON_DIGITS.matcher(designator).replaceAll("");
        String unit = DIGITS.matcher(designator).replaceAll("");
        if (!multiplier.isEmpty()) {
            double scaled = amount * Integer.parseInt(multiplier);
            number = scaled == Math.floor(scaled) ? String.valueOf((long) scaled) : String.valueOf(scaled);
        }
        return "P" + number + unit;
    }

    /**
     * A fractional or compound amount broken into whole units: 16200 s of hours is "PT4H30M",
     * two and a half days "P2DT12H", four and a half years "P4Y6M", half a year "P6M".
     */
    static String duration(double seconds, Units.TimeUnit largest) {
        long whole = Math.round(seconds);
        if (largest.designator().startsWith("T") || largest.designator().equals("D") || largest.designator().equals("W")) {
            StringBuilder value = new StringBuilder("P");
            append(value, whole / 86400, "D");
            long time = whole % 86400;
            if (time > 0) {
                value.append('T');
                append(value, time / 3600, "H");
                append(value, time % 3600 / 60, "M");
                append(value, time % 60, "S");
            }
            return value.length() == 1 ? "PT0S" : value.toString();
        }
        double months = seconds / MONTH_SECONDS;
        if (Math.abs(months - Math.rint(months)) < 0.05) {
            long count = Math.round(months);
            StringBuilder value = new StringBuilder("P");
            append(value, count / 12, "Y");
            append(value, count % 12, "M");
            return value.length() == 1 ? "P0M" : value.toString();
        }
        long days = Math.round(seconds / 86400);
        StringBuilder value = new StringBuilder("P");
        append(value, days / 365, "Y");
        append(value, days % 365 / 30, "M");
        append(value, days % 365 % 30, "D");
        return value.length() == 1 ? "P0D" : value.toString();
    }

    private static void append(StringBuilder value, long amount, String designator) {
        if (amount > 0) {
            value.append(amount).append(designator);
        }
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }

    static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
