package org.crosscheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.finding.BaselineEntry;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.GateWarning;
import org.crosscheck.finding.Location;
import org.crosscheck.finding.RelativePath;
import org.crosscheck.finding.Report;
import org.crosscheck.finding.Severity;

/**
 * GitHub Actions workflow commands, one line each, printed on standard output: {@code ::error} and
 * {@code ::warning} for the findings at those levels, {@code ::notice} for suppressed and baselined
 * ones and for baseline entries that no longer occur. Info findings are left out.
 */
public final class GithubRenderer implements Renderer {

    @Override
    public String fileName() {
        return "github-annotations.txt";
    }

    @Override
    public boolean toStandardOutput() {
        return true;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            if (finding.severity() != Severity.INFO && finding.location() != null) {
                String command = finding.suppressed() ? "notice" : finding.severity().id();
                String note = finding.suppressed() ? " (suppressed: " + finding.suppression().reason() + ")" : "";
                out.write(annotation(command, finding, note));
            }
        }
        for (Finding finding : report.gate().baselined()) {
            if (finding.severity() != Severity.INFO && finding.location() != null) {
                out.write(annotation("notice", finding, " (in the baseline)"));
            }
        }
        for (GateWarning warning : report.gate().warnings()) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("file", RelativePath.of(warning.path()));
            properties.put("line", String.valueOf(warning.line()));
            properties.put("title", "crosscheck suppression");
            out.write(command("warning", properties, warning.message()));
        }
        for (BaselineEntry gone : report.gate().gone()) {
            out.write(command("notice", Map.of("title", "crosscheck baseline"), "baseline entry " + gone.fingerprint()
                    + " (" + gone.rule() + ", " + gone.story() + ", " + gone.label() + ") no longer occurs"));
        }
    }

    private static String annotation(String command, Finding finding, String note) {
        Location location = finding.location();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("file", RelativePath.of(location.path()));
        if (location.line() > 0) {
            properties.put("line", String.valueOf(location.line()));
        }
        if (location.column() > 0) {
            properties.put("col", String.valueOf(location.column()));
        }
        properties.put("title", "crosscheck " + finding.rule() + note);
        return command(command, properties, finding.message());
    }

    /** {@code ::command key=value,...::message}, escaped as the GitHub runner reads it. */
    static String command(String command, Map<String, String> properties, String message) {
        String joined = properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + escapeProperty(entry.getValue()))
                .collect(Collectors.joining(","));
        return "::" + command + (joined.isEmpty() ? "" : " " + joined) + "::" + escapeData(message) + "\n";
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
