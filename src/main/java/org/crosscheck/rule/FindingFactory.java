package org.crosscheck.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.extract.Fact;
import org.crosscheck.finding.Evidence;
import org.crosscheck.finding.Finding;
import org.crosscheck.finding.Values;

/** Builds findings and fills rule message templates; a template names values as {@code {label}}. */
final class FindingFactory {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private FindingFactory() {
    }

    static Finding finding(Rule rule, String category, ClaimInContext context, List<Fact> facts, boolean nearMiss,
                           Map<String, String> extra) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("label", context.claim().label());
        values.put("values", describe(facts, context));
        values.put("count", String.valueOf(facts.size()));
        values.putAll(extra);
        List<Evidence> evidence = facts.stream()
                .map(fact -> new Evidence(fact, context.source(fact).path(),
                        context.published(fact) == null ? null : context.published(fact).toString()))
                .toList();
        String message = fill(rule.message(), values) + (nearMiss ? " (the values differ like a typo)" : "");
        return new Finding(null, rule.id(), rule.severity(), category, message, context.claim().story(),
                context.claim().id(), evidence, nearMiss);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** "14 people" (a.txt, b.txt) vs "16 people" (c.txt). */
    static String describe(List<Fact> facts, ClaimInContext context) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (Fact fact : facts) {
            byValue.computeIfAbsent(Values.interval(fact), v -> new ArrayList<>())
                    .add(fileName(context.source(fact).path()));
        }
        return byValue.entrySet().stream()
                .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue().stream().distinct().toList()) + ")")
                .collect(Collectors.joining(" vs "));
    }

    static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
