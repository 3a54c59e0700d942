package org.crosscheck.finding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import org.crosscheck.extract.Fact;


/**
 * Writes a fact's normalised numbers as people and report.json read them: dates as ISO dates at
 * their granularity, times as ISO date-times, other values as plain numbers.
 */
public final class Values {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Values() {
    }

    /** The value: a number, or an ISO string for dates and times; null where unknown. */
    public static Object value(Fact fact) {
        if (fact.ambiguous()) {
            return null;
        }
        return switch (fact.kind()) {
            case DATE -> date(fact.value(), fact.unit());
            case TIME -> time(fact.value(), fact.unit());
            default -> number(fact.value());
        };
    }

    /** A bound: a number, an ISO date or date-time, or null where unbounded or unknown. */
    public static Object bound(Fact fact, double bound) {
        if (fact.ambiguous() || Double.isInfinite(bound)) {
            return null;
        }
        return switch (fact.kind()) {
            case DATE -> LocalDate.ofEpochDay((long) bound).toString();
            case TIME -> time(bound, fact.unit());
            default -> number(bound);
        };
    }

    /** The value with its unit, for people: "16200 s", "2025-03-10", "20 %". */
    public static String display(Fact fact) {
        Object value = value(fact);
        if (value == null) {
            return "ambiguous";
        }
        if (fact.kind().temporal() || fact.unit() == null) {
            return value.toString();
        }
        return value + " " + fact.unit();
    }

    /** The interval with its unit, for people: "18 .. 22 %", "2022-02-01 .. 2022-02-28". */
    public static String interval(Fact fact) {
        if (fact.exact()) {
            return display(fact);
        }
        Object low = bound(fact, fact.low());
        Object high = bound(fact, fact.high());
        String unit = fact.kind().temporal() || fact.unit() == null ? "" : " " + fact.unit();
        return (low == null ? "…" : low) + " .. " + (high == null ? "…" : high) + unit;
    }

    private static Object number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return new BigDecimal(value).round(new java.math.MathContext(10)).stripTrailingZeros().doubleValue();
    }

    private static String date(double epochDay, String granularity) {
        LocalDate date = LocalDate.ofEpochDay((long) epochDay);
        return switch (granularity) {
            case "month" -> date.toString().substring(0, 7);
            case "year" -> String.valueOf(date.getYear());
            case "quarter" -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case "decade" -> String.valueOf(date.getYear() / 10);
            case "week" -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            default -> date.toString();
        };
    }

    private static String time(double epochMinutes, String zone) {
        Instant instant = Instant.ofEpochSecond(Math.round(epochMinutes * 60));
        String local = MINUTE.format(instant.atOffset(ZoneOffset.UTC));
        return "UTC".equals(zone) ? local + "Z" : local;
    }

}
