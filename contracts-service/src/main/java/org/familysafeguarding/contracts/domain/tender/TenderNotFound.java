package org.familysafeguarding.contracts.domain.tender;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

/** Also the answer for a tender or bid the caller may not see, so that its existence does not leak. */
public class TenderNotFound extends DomainProblem {

    private TenderNotFound(String slug, String detail) {
        super(Kind.NOT_FOUND, slug, detail);
    }

    public static TenderNotFound evaluation(UUID contractId) {
        return new TenderNotFound(
                "tender-not-found", "No tender evaluation of contract " + contractId + " is known here for you.");
    }

    public static TenderNotFound bid(UUID bidId) {
        return new TenderNotFound("bid-not-found", "No bid " + bidId + " is known here for you.");
    }
}
