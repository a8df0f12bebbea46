package org.familysafeguarding.caseload.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.problem.DomainProblem;
import org.familysafeguarding.platform.security.Caller;

/**
 * The council whose records the caller may see: their own, from the {@code council} claim. A record
 * of another council answers as absent (404), and the refused attempt is audited.
 */
@RequestScoped
public class CouncilScope {

    private final Caller caller;
    private final AuditTrail audit;

    public CouncilScope(Caller caller, AuditTrail audit) {
        this.caller = caller;
        this.audit = audit;
    }

    /** The caller's council; staff without one have no person records here. */
    public String council() {
        return caller.council().orElseThrow(NoCouncil::new);
    }

    /**
     * Checks a found record belongs to the caller's council.
     *
     * @param councilOf the record's council
     * @param childOf the child the record concerns, for the audit of a refusal; may return null
     */
    public <T> T require(T record, String recordType, UUID id, Function<T, String> councilOf,
            Function<T, UUID> childOf, AuditAction action) {
        if (record == null) {
            throw new RecordNotFound(recordType, id);
        }
        if (!caller.worksForCouncil(councilOf.apply(record))) {
            UUID child = childOf.apply(record);
            audit.recordDenied(action, recordType, id.toString(), child == null ? null : child.toString());
            throw new RecordNotFound(recordType, id);
        }
        return record;
    }

    static final class NoCouncil extends DomainProblem {
        NoCouncil() {
            super(Kind.FORBIDDEN, "no-council", "Only council staff, with a council in their token, hold family records.");
        }
    }
}
