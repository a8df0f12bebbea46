package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.census.ChildCensusDetails;
import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.security.Caller;

/** A child's census details (why the UPN is not known), under the same access rules as the child. */
@ApplicationScoped
public class ChildCensusRecords {

    public record CensusDetails(UUID childId, String upn, String upnUnknownReason) {}

    private final ChildRepository children;
    private final ChildCensusDetails details;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public ChildCensusRecords(
            ChildRepository children,
            ChildCensusDetails details,
            CaseloadAccess scope,
            AuditTrail audit,
            Caller caller,
            Clock clock) {
        this.children = children;
        this.details = details;
        this.scope = scope;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public CensusDetails set(UUID childId, String upnUnknownReason) {
        Child child = scope.require(
                children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.UPDATE);
        details.upnUnknown(child, upnUnknownReason, caller.username(), Instant.now(clock));
        audit.record(AuditAction.UPDATE, "child", childId.toString(), childId.toString());
        return new CensusDetails(childId, child.upn(), upnUnknownReason);
    }

    @Transactional
    public CensusDetails read(UUID childId) {
        Child child = scope.require(
                children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        audit.record(AuditAction.READ, "child", childId.toString(), childId.toString());
        return new CensusDetails(
                childId, child.upn(), details.upnUnknownReason(childId).orElse(null));
    }
}
