package org.crosscheck.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML document: its creation time (the TIMEX3 inside {@code <DCT>}), the plain text of
 * {@code <TEXT>} with every tag removed, and the gold TIMEX3 annotations inside {@code <TEXT>},
 * with offsets into that plain text.
 */
public record TimeMlDocument(String id, LocalDate creationTime, String text, List<Timex> timexes) {

    /** A TIMEX3 annotation: the span {@code [start, end)} of the plain text, its type and its value. */
    public record Timex(int start, int end, String type, String value) {
    }

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** Reads a {@code .tml} file; the id is the file name without its extension. */
    public static TimeMlDocument read(Path file) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        try (InputStream in = Files.newInputStream(file)) {
            return parse(id, factory().createXMLStreamReader(in));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    /** Parses TimeML held in memory. */
    public static TimeMlDocument parse(String id, String xml) {
        try {
            return parse(id, factory().createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(id + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static TimeMlDocument parse(String id, XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Deque<Timex> open = new ArrayDeque<>();
        LocalDate creationTime = null;
        boolean inText = false;
        boolean inDct = false;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    inText |= name.equals("TEXT");
                    inDct |= name.equals("DCT");
                    if (name.equals("TIMEX3") && inDct && creationTime == null) {
                        creationTime = date(reader.getAttributeValue(null, "value"));
                    } else if (name.equals("TIMEX3") && inText) {
                        open.push(new Timex(text.length(), -1, reader.getAttributeValue(null, "type"),
                                reader.getAttributeValue(null, "value")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("TIMEX3") && inText) {
                        Timex started = open.pop();
                        timexes.add(new Timex(started.start(), text.length(), started.type(), started.value()));
                    }
                    inText &= !name.equals("TEXT");
                    inDct &= !name.equals("DCT");
                } else if (inText && isText(event)) {
                    text.append(reader.getText());
                }
            }
        } finally {
            reader.close();
        }
        timexes.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
        return new TimeMlDocument(id, creationTime, text.toString(), timexes);
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** The day of a TIMEX3 value such as {@code 2013-03-22} or {@code 2013-03-22T10:00}; null otherwise. */
    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
