package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** crosscheck's SARIF validates against the official SARIF 2.1.0 schema (kept in test resources, see its README). */
class SarifSchemaTest {
    private static final Path SARIF = Path.of("src/test/resources/golden/gate-report.sarif");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The golden SARIF, which GateGoldenTest keeps equal to what the renderer writes for the gate fixture. */
    @Test
    void reportValidatesAgainstTheSchema() throws IOException {
        JsonNode sarif = JSON.readTree(SARIF.toFile());
        assertEquals(Set.of(), SarifSchema.validate(sarif));
    }

    @Test
    void theSchemaRejectsWhatSarifDoesNotAllow() throws IOException {
        ObjectNode sarif = (ObjectNode) JSON.readTree(SARIF.toFile());
        ((ObjectNode) sarif.withArray("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(SarifSchema.validate(sarif).isEmpty());
    }
}
