package org.familysafeguarding.partners.rest;

import static org.familysafeguarding.platform.security.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.audit.CouncilAuditVerification;

/** The integrity of this service's audit log, for auditors. */
@Path("/api/partners/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail audit;

    public AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Path("/verification")
    @RolesAllowed(AUDITOR)
    @Operation(summary = "Is any entry of the audit log altered or removed?",
            description = "Checks from the last full walk of the chain (a scheduled job) to the head, and writes nothing. "
                    + "Tells the caller's council nothing of others: no counts or head; a broken entry's number only when "
                    + "it is the council's own.")
    public CouncilAuditVerification verify() {
        return audit.verificationForCaller();
    }
}
