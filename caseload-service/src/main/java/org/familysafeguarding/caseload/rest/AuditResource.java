package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.AUDITOR;
import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditEntry;
import org.familysafeguarding.platform.audit.AuditLogResource;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;
import org.familysafeguarding.platform.security.Caller;

/**
 * The audit log of caseload-service: its integrity, for auditors; and who accessed a child's record,
 * when and with what outcome, for the auditors and the partnership admin of the child's council.
 * Asking is itself recorded against the child.
 */
@Path("/api/caseload/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource extends AuditLogResource {

    /** One access to a record of the child. */
    public record Access(
            Instant at,
            String username,
            String roles,
            String organisation,
            String recordType,
            String recordId,
            AuditAction action,
            String outcome,
            String requestId) {

        static Access of(AuditEntry e) {
            return new Access(
                    e.occurredAt,
                    e.username,
                    e.roles,
                    e.organisation,
                    e.recordType,
                    e.recordId,
                    e.action,
                    e.outcome,
                    e.requestId);
        }
    }

    static final String ACCESS_LOG = "child-access-log";

    private final ChildRepository children;
    private final Caller caller;

    public AuditResource(AuditTrail audit, ChildRepository children, Caller caller) {
        super(audit);
        this.children = children;
        this.caller = caller;
    }

    @GET
    @Path("/children/{childId}")
    @RolesAllowed({AUDITOR, PARTNERSHIP_ADMIN})
    @Transactional
    @Operation(summary = "Who accessed this child's records, and when (oldest first)")
    public PageResponse<Access> childAccesses(
            @PathParam("childId") UUID childId, @BeanParam @Valid PageRequest paging) {
        boolean ours = children.findByIdOptional(childId)
                .filter(c -> caller.worksForCouncil(c.councilCode()))
                .isPresent();
        if (!ours) {
            audit.recordDenied(AuditAction.READ, ACCESS_LOG, childId.toString(), childId.toString());
            throw new RecordNotFound("child", childId);
        }
        audit.record(AuditAction.READ, ACCESS_LOG, childId.toString(), childId.toString());
        String child = childId.toString();
        return new PageResponse<>(
                audit.forChild(child, paging.page(), paging.size()).stream()
                        .map(Access::of)
                        .toList(),
                paging.page(),
                paging.size(),
                audit.countForChild(child));
    }
}
