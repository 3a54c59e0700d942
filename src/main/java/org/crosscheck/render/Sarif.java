package org.crosscheck.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The part of SARIF 2.1.0 crosscheck writes, as records Jackson serialises (nulls left out). */
final class Sarif {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    @JsonPropertyOrder({"$schema", "version", "runs"})
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
        @Override
        @JsonProperty("$schema")
        public String schema() {
            return schema;
        }
    }

    record Run(Tool tool, List<Invocation> invocations, String columnKind, List<Result> results,
               Map<String, Object> properties) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, List<ReportingDescriptor> rules) {
    }

    record ReportingDescriptor(String id, Message shortDescription, Message fullDescription,
                               Configuration defaultConfiguration) {
    }

    record Configuration(String level) {
    }

    record Message(String text) {
    }

    record Invocation(boolean executionSuccessful, String endTimeUtc) {
    }

    record Result(String ruleId, Integer ruleIndex, String level, Message message, List<Location> locations,
                  List<Location> relatedLocations, Map<String, String> partialFingerprints, String baselineState,
                  List<Suppression> suppressions) {
    }

    record Location(Integer id, PhysicalLocation physicalLocation, Message message) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    record ArtifactLocation(String uri) {
    }

    /** The span of a fact; only {@code startLine} for a file that could not be read. */
    record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn, Integer charOffset,
                  Integer charLength, Message snippet) {
    }

    record Suppression(String kind, String status, String justification) {
    }
}
