package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crosscheck.align.Story;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Location;
import org.crosscheck.finding.RelativePath;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.SourceSummary;

/**
 * report.junit.xml: one test case per story, failing when the story has findings that fail the
 * gate ({@code --fail-on}); its other findings (below the level, suppressed, baselined) are listed
 * in the test case's {@code system-out}.
 */
public final class JunitRenderer implements Renderer {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String NO_STORY = "";

    @Override
    public String fileName() {
        return "report.junit.xml";
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byStory = new LinkedHashMap<>();
        report.stories().forEach(story -> byStory.put(story.id(), new ArrayList<>()));
        Stream.concat(report.findings().stream(), report.gate().baselined().stream()).forEach(finding ->
                byStory.computeIfAbsent(byStory.containsKey(finding.story()) ? finding.story() : NO_STORY,
                        key -> new ArrayList<>()).add(finding));
        Map<String, String> names = names(report);
        Set<Finding> failing = identitySet(report.findings().stream().filter(report.gate()::fails));
        Set<Finding> baselined = identitySet(report.gate().baselined().stream());
        long failingStories = byStory.values().stream().filter(findings -> findings.stream().anyMatch(failing::contains)).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "crosscheck");
            xml.writeAttribute("tests", String.valueOf(byStory.size()));
            xml.writeAttribute("failures", String.valueOf(failingStories));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("timestamp", TIMESTAMP.format(report.generated().atOffset(ZoneOffset.UTC)));
            for (Map.Entry<String, List<Finding>> story : byStory.entrySet()) {
                String name = names.getOrDefault(story.getKey(), "findings outside any story");
                testCase(xml, name, story.getValue(), failing, baselined, report.gate().failOn());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, String name, List<Finding> findings, Set<Finding> failing,
                                 Set<Finding> baselined, Severity failOn) throws XMLStreamException {
        List<Finding> failures = findings.stream().filter(failing::contains).toList();
        List<Finding> others = findings.stream().filter(finding -> !failing.contains(finding)).toList();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "crosscheck.story");
        xml.writeAttribute("name", name);
        if (!failures.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failures.get(0).rule());
            xml.writeAttribute("message", failures.size() + " finding(s) at or above " + failOn.id()
                    + ": " + failures.get(0).message());
            xml.writeCharacters(lines(failures, baselined));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(others, baselined));
            xml.writeEndElement();
        }
        xml.writeCharacters(failures.isEmpty() && others.isEmpty() ? "" : "\n  ");
        xml.writeEndElement();
    }

    private static String lines(List<Finding> findings, Set<Finding> baselined) {
        return findings.stream().map(finding -> {
            String where = finding.location() == null ? "" : where(finding.location()) + ": ";
            String state = finding.suppressed() ? " (suppressed: " + finding.suppression().reason() + ")"
                    : baselined.contains(finding) ? " (in the baseline)" : "";
            return where + finding.severity().id() + " [" + finding.rule() + "] " + finding.message() + state;
        }).collect(Collectors.joining("\n", "\n", "\n"));
    }

    /** Findings by identity: two findings may be equal records yet distinct (one new, one baselined). */
    private static Set<Finding> identitySet(Stream<Finding> findings) {
        Set<Finding> set = Collections.newSetFromMap(new IdentityHashMap<>());
        findings.forEach(set::add);
        return set;
    }

    private static String where(Location location) {
        return RelativePath.of(location.path()) + (location.line() > 0 ? ":" + location.line() : "")
                + (location.column() > 0 ? ":" + location.column() : "");
    }

    /** A story's name: the key its sources declare, else its first source's path. */
    private static Map<String, String> names(Report report) {
        Map<String, SourceSummary> byId = report.sources().stream()
                .collect(Collectors.toMap(SourceSummary::id, source -> source, (a, b) -> a));
        Map<String, String> names = new LinkedHashMap<>();
        for (Story story : report.stories()) {
            List<SourceSummary> sources = story.sourceIds().stream().map(byId::get).toList();
            String name = sources.stream().map(SourceSummary::storyKey).filter(key -> key != null).findFirst()
                    .orElse(sources.stream().map(source -> RelativePath.of(source.path())).sorted().findFirst()
                            .orElse(story.id()));
            names.put(story.id(), name);
        }
        return names;
    }
}
