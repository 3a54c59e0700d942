package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crosscheck.align.Claim;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.ClaimStatus;
import org.crosscheck.finding.Evidence;
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

    /** Written element by element, so the report is never held as one JSON tree. */
    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeFieldName("tool");
            MAPPER.writeTree(json, MAPPER.createObjectNode().put("name", "crosscheck").put("version", report.toolVersion()));
            json.writeStringField("generated", report.generated().toString());
            array(json, "sources", report.sources(), JsonRenderer::source);
            array(json, "stories", report.stories(), (node, story) -> {
                node.put("id", story.id());
                story.sourceIds().forEach(node.putArray("sources")::add);
            });
            Map<String, String> claimOfFact = report.claimOfFact();
            array(json, "facts", report.facts(), (node, fact) -> fact(node, fact).put("claim", claimOfFact.get(fact.id())));
            ClaimStatus status = new ClaimStatus(report.findings());
            array(json, "claims", report.claims(), (node, claim) -> claim(node, claim, status.of(claim)));
            array(json, "findings", report.findings(), JsonRenderer::finding);
            array(json, "baselined", report.gate().baselined(), JsonRenderer::finding);
            json.writeFieldName("baselineGone");
            MAPPER.writeTree(json, MAPPER.valueToTree(report.gate().gone()));
            json.writeFieldName("gateWarnings");
            MAPPER.writeTree(json, MAPPER.valueToTree(report.gate().warnings()));
            array(json, "problems", report.problems(), (node, problem) ->
                    node.put("path", problem.path()).put("line", problem.line()).put("reason", problem.reason()));
            json.writeFieldName("summary");
            MAPPER.writeTree(json, summary(report));
            json.writeEndObject();
        }
    }

    private static <T> void array(JsonGenerator json, String name, List<T> items, BiConsumer<ObjectNode, T> fill)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (T item : items) {
            ObjectNode node = MAPPER.createObjectNode();
            fill.accept(node, item);
            MAPPER.writeTree(json, node);
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

    private static void source(ObjectNode node, SourceSummary source) {
        node.put("id", source.id()).put("path", source.path()).put("title", source.title())
                .put("outlet", source.outlet()).put("published", source.published())
                .put("publishedInferred", source.publishedInferred()).put("story", source.story())
                .put("copyOf", source.copyOf());
    }

    private static ObjectNode fact(ObjectNode node, Fact fact) {
        node.put("id", fact.id()).put("source", fact.sourceId());
        span(node, fact);
        node.put("kind", fact.kind().id());
        node.putPOJO("value", Values.value(fact));
        node.put("unit", fact.unit());
        node.putPOJO("low", Values.bound(fact, fact.low()));
        node.putPOJO("high", Values.bound(fact, fact.high()));
        node.put("timex", fact.timex());
        if (fact.ambiguous()) {
            node.put("ambiguous", true);
        }
        if (fact.revision() != Fact.Revision.NONE) {
            node.put("revision", fact.revision().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private static void span(ObjectNode node, Fact fact) {
        node.put("start", fact.start()).put("end", fact.end()).put("line", fact.line()).put("column", fact.column())
                .put("text", fact.text());
    }

    private static void claim(ObjectNode node, Claim claim, String status) {
        node.put("id", claim.id()).put("story", claim.story()).put("label", claim.label());
        claim.facts().forEach(fact -> node.withArray("facts").add(fact.id()));
        node.put("status", status).put("kind", claim.kind().id()).put("unit", claim.unit());
        claim.sourceIds().forEach(node.putArray("sources")::add);
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("id", finding.id()).put("rule", finding.rule()).put("severity", finding.severity().id())
                .put("message", finding.message()).put("claim", finding.claim()).put("category", finding.category())
                .put("story", finding.story()).put("nearMiss", finding.nearMiss())
                .put("fingerprint", finding.fingerprint());
        if (finding.unreadable() != null) {
            node.put("source", finding.unreadable().path()).put("line", finding.unreadable().line());
        }
        if (finding.suppressed()) {
            node.putObject("suppressed").put("reason", finding.suppression().reason())
                    .put("origin", finding.suppression().origin());
        }
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence item : finding.evidence()) {
            ObjectNode entry = evidence.addObject().put("source", item.sourcePath());
            span(entry, item.fact());
            entry.putPOJO("value", Values.value(item.fact()));
            entry.put("unit", item.fact().unit()).put("fact", item.fact().id())
                    .put("published", item.published()).put("sentence", item.fact().sentence());
        }
    }
}
