package org.crosscheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.finding.SourceSummary;

/** Sources that copy each other (one wire story under several outlets) and so count as one independent source. */
final class CopyFamilies {
    private final Map<String, String> familyOf = new LinkedHashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    CopyFamilies(List<SourceSummary> sources) {
        for (SourceSummary source : sources) {
            String family = source.copyOf() == null ? source.id() : source.copyOf();
            familyOf.put(source.id(), family);
            members.computeIfAbsent(family, f -> new ArrayList<>()).add(source.id());
        }
    }

    String of(String sourceId) {
        return familyOf.getOrDefault(sourceId, sourceId);
    }

    /** "s1, s3, s4" when the source has copies or is one, else "". */
    String describe(String sourceId) {
        List<String> family = members.getOrDefault(of(sourceId), List.of(sourceId));
        return family.size() > 1 ? String.join(", ", family) : "";
    }
}
