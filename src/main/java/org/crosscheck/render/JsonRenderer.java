package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.FactClaims;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;
import org.crosscheck.finding.SourceSummary;
import org.crosscheck.finding.Values;

/** report.json, schema version 1: the contract outside scripts read (see README). */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "report.json";
    }

    /** Written field by field straight to the generator, so neither the report nor an element is held as a JSON tree. */
    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "crosscheck");
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            json.writeStringField("generated", report.generated().toString());
            array(json, "sources", report.sources(), JsonRenderer::source);
            array(json, "stories", report.stories(), (generator, story) -> {
                generator.writeStringField("id", story.id());
                strings(generator, "sources", story.sourceIds());
            });
            FactClaims claimOfFact = report.claimOfFact();
            array(json, "facts", report.facts(), (generator, fact) -> {
                fact(generator, fact);
                generator.writeStringField("claim", claimOfFact.claimOf(fact));
            });
            ClaimStatus status = new ClaimStatus(report.findings());
            array(json, "claims", report.claims(), (generator, claim) -> claim(generator, claim, status.of(claim)));
            array(json, "findings", report.findings(), JsonRenderer::finding);
            array(json, "baselined", report.gate().baselined(), JsonRenderer::finding);
            json.writeFieldName("baselineGone");
            MAPPER.writeTree(json, MAPPER.valueToTree(report.gate().gone()));
            json.writeFieldName("gateWarnings");
            MAPPER.writeTree(json, MAPPER.valueToTree(report.gate().warnings()));
            array(json, "problems", report.problems(), (generator, problem) -> {
                generator.writeStringField("path", problem.path());
                generator.writeNumberField("line", problem.line());
                generator.writeStringField("reason", problem.reason());
            });
            json.writeFieldName("summary");
            MAPPER.writeTree(json, summary(report));
            json.writeEndObject();
        }
    }

    /** Writes the fields of one element of an array. */
    private interface Fields<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    private static <T> void array(JsonGenerator json, String name, Iterable<T> items, Fields<T> fields)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (T item : items) {
            json.writeStartObject();
            fields.write(json, item);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static ObjectNode summary(Report report) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("sources", report.sources().size()).put("facts", report.facts().size())
                .put("claims", report.claims().size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.id(), report.count(severity));
        }
        summary.put("suppressed", report.suppressedCount()).put("baselined", report.gate().baselined().size())
                .put("failOn", report.gate().failOn() == null ? "never" : report.gate().failOn().id())
                .put("failing", report.failing());
        return summary;
    }

    private static void source(JsonGenerator json, SourceSummary source) throws IOException {
        json.writeStringField("id", source.id());
        json.writeStringField("path", source.path());
        json.writeStringField("title", source.title());
        json.writeStringField("outlet", source.outlet());
        json.writeStringField("published", source.published());
        json.writeBooleanField("publishedInferred", source.publishedInferred());
        json.writeStringField("story", source.story());
        json.writeStringField("copyOf", source.copyOf());
    }

    private static void fact(JsonGenerator json, Fact fact) throws IOException {
        json.writeStringField("id", fact.id());
        json.writeStringField("source", fact.sourceId());
        span(json, fact);
        json.writeStringField("kind", fact.kind().id());
        value(json, "value", Values.value(fact));
        json.writeStringField("unit", fact.unit());
        value(json, "low", Values.bound(fact, fact.low()));
        value(json, "high", Values.bound(fact, fact.high()));
        json.writeStringField("timex", fact.timex());
        if (fact.ambiguous()) {
            json.writeBooleanField("ambiguous", true);
        }
        if (fact.revision() != Fact.Revision.NONE) {
            json.writeStringField("revision", fact.revision().name().toLowerCase(Locale.ROOT));
        }
    }

    /** A value as {@link Values} gives it: a whole number, a decimal, an ISO string or null. */
    private static void value(JsonGenerator json, String name, Object value) throws IOException {
        json.writeFieldName(name);
        if (value instanceof Long whole) {
            json.writeNumber(whole);
        } else if (value instanceof Double decimal) {
            json.writeNumber(decimal);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    private static void span(JsonGenerator json, Fact fact) throws IOException {
        json.writeNumberField("start", fact.start());
        json.writeNumberField("end", fact.end());
        json.writeNumberField("line", fact.line());
        json.writeNumberField("column", fact.column());
        json.writeStringField("text", fact.text());
    }

    private static void claim(JsonGenerator json, Claim claim, String status) throws IOException {
        json.writeStringField("id", claim.id());
        json.writeStringField("story", claim.story());
        json.writeStringField("label", claim.label());
        if (!claim.facts().isEmpty()) {
            strings(json, "facts", claim.facts().stream().map(Fact::id).toList());
        }
        json.writeStringField("status", status);
        json.writeStringField("kind", claim.kind().id());
        json.writeStringField("unit", claim.unit());
        strings(json, "sources", claim.sourceIds());
    }

    private static void finding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStringField("id", finding.id());
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("message", finding.message());
        json.writeStringField("claim", finding.claim());
        json.writeStringField("category", finding.category());
        json.writeStringField("story", finding.story());
        json.writeBooleanField("nearMiss", finding.nearMiss());
        json.writeStringField("fingerprint", finding.fingerprint());
        if (finding.unreadable() != null) {
            json.writeStringField("source", finding.unreadable().path());
            json.writeNumberField("line", finding.unreadable().line());
        }
        if (finding.suppressed()) {
            json.writeObjectFieldStart("suppressed");
            json.writeStringField("reason", finding.suppression().reason());
            json.writeStringField("origin", finding.suppression().origin());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("evidence");
        for (Evidence item : finding.evidence()) {
            json.writeStartObject();
            json.writeStringField("source", item.sourcePath());
            span(json, item.fact());
            value(json, "value", Values.value(item.fact()));
            json.writeStringField("unit", item.fact().unit());
            json.writeStringField("fact", item.fact().id());
            json.writeStringField("published", item.published());
            json.writeStringField("sentence", item.fact().sentence());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
