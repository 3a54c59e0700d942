package org.crosscheck.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates SARIF against the official 2.1.0 schema kept in test resources. */
public final class SarifSchema {
    private static final Path SCHEMA = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");

    private SarifSchema() {
    }

    public static Set<ValidationMessage> validate(JsonNode sarif) throws IOException {
        try (InputStream schema = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(sarif);
        }
    }
}
