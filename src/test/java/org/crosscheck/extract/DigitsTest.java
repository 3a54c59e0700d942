package org.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written shape checks accept exactly the strings the regular expressions they replace accept. */
class DigitsTest {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?|\\d++(?:\\.\\d++)?");

    @Property(tries = 5000)
    void groupedAcceptsWhatTheGroupedNumberPatternAccepts(
            @ForAll @StringLength(min = 0, max = 12) @Chars({'0', '1', '7', '9', ',', '.', '٣', 'x'}) String text) {
        assertEquals(GROUPED.matcher(text).matches(), Digits.grouped(text), text);
    }
}
