package org.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crosscheck.finding.Report;
import org.crosscheck.render.GithubRenderer;
import org.crosscheck.render.JsonRenderer;
import org.crosscheck.render.JunitRenderer;
import org.crosscheck.render.Renderer;
import org.crosscheck.render.SarifRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CI formats of the gate fixture, byte for byte. After a deliberate change, rewrite them with
 * -Dgolden.update=true and review the diff.
 */
class GateGoldenTest {
    @TestFactory
    Stream<DynamicTest> eachFormatMatchesItsGoldenFile() {
        Report report = GateFixture.report();
        return Stream.of(new SarifRenderer(), new GithubRenderer(), new JunitRenderer(), new JsonRenderer())
                .map(renderer -> DynamicTest.dynamicTest(renderer.fileName(), () -> compare(renderer, report)));
    }

    private static void compare(Renderer renderer, Report report) throws IOException {
        Path golden = Path.of("src/test/resources/golden/gate-" + renderer.fileName());
        String rendered = GateFixture.render(renderer, report);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, rendered);
        }
        assertEquals(Files.readString(golden), rendered);
    }
}
