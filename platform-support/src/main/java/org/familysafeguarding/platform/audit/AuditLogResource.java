package org.familysafeguarding.platform.audit;

import static org.familysafeguarding.platform.security.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The integrity of a service's audit log, for auditors, written once: each service serves it under its own API path
 * through a subclass that carries only the {@code @Path} (and adds what only that service has, such as who accessed a
 * child's records).
 */
public abstract class AuditLogResource {

    protected final AuditTrail audit;

    protected AuditLogResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Path("/verification")
    @RolesAllowed(AUDITOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Audit")
    @Operation(
            summary = "Is any entry of the audit log altered or removed?",
            description =
                    "Checks from the last full walk of the chain (a scheduled job) to the head, and writes nothing. "
                            + "Tells the caller's council nothing of others: no counts or head; a broken entry's number only when "
                            + "it is the council's own.")
    public CouncilAuditVerification verify() {
        return audit.verificationForCaller();
    }
}
