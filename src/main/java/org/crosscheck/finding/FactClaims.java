package org.crosscheck.finding;

import org.crosscheck.extract.Fact;

/** A list of facts that knows which claim each holds, so reports need not map every fact id to its claim. */
public interface FactClaims {
    /** The id of the claim {@code fact} belongs to, or null. */
    String claimOf(Fact fact);
}
