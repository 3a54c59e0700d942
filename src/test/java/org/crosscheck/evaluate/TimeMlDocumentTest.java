package org.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.evaluate.TimeMlDocument.Timex;
import org.junit.jupiter.api.Test;

class TimeMlDocumentTest {
    private static final String SNIPPET = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>snippet</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
            <TITLE>Talks end in 2013</TITLE>
            <TEXT>
            The talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="PT90M">90 minutes</TIMEX3>.
            AT&amp;T meets <TIMEX3 tid="t3" type="SET" value="P1W">weekly</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eiid="ei1" eventID="e1"/>
            </TimeML>
            """;

    @Test
    void readsTheCreationTimeThePlainTextAndTheGoldTimexes() {
        TimeMlDocument document = TimeMlDocument.parse("snippet", SNIPPET);

        assertEquals("snippet", document.id());
        assertEquals(LocalDate.of(2013, 3, 22), document.creationTime());
        assertEquals("\nThe talks ended Thursday after 90 minutes.\nAT&T meets weekly.\n", document.text());
        assertEquals(List.of(
                new Timex(17, 25, "DATE", "2013-03-21"),
                new Timex(32, 42, "DURATION", "PT90M"),
                new Timex(55, 61, "SET", "P1W")), document.timexes());
        assertEquals("Thursday", document.text().substring(17, 25));
        assertEquals("90 minutes", document.text().substring(32, 42));
        assertEquals("weekly", document.text().substring(55, 61));
    }

    @Test
    void refusesMalformedXml() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeMlDocument.parse("broken", "<TimeML><TEXT>open <TIMEX3>tag</TEXT></TimeML>"));
    }
}
