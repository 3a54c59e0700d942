package org.crosscheck.finding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.align.Claim;

/** A claim's status in the reports: the strongest class of finding on it, or {@code agree}. */
public final class ClaimStatus {
    private static final List<String> PRECEDENCE = List.of("internal", "conflict", "update", "single-source");

    private final Map<String, Set<String>> categoriesByClaim;

    public ClaimStatus(List<Finding> findings) {
        categoriesByClaim = findings.stream().filter(finding -> finding.claim() != null)
                .collect(Collectors.groupingBy(Finding::claim, Collectors.mapping(Finding::category, Collectors.toSet())));
    }

    public String of(Claim claim) {
        Set<String> categories = categoriesByClaim.getOrDefault(claim.id(), Set.of());
        return PRECEDENCE.stream().filter(categories::contains).findFirst().orElse("agree");
    }
}
