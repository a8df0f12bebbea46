package org.familysafeguarding.contracts.rest;

import jakarta.ws.rs.Path;

import org.familysafeguarding.platform.audit.AuditLogResource;
import org.familysafeguarding.platform.audit.AuditTrail;

/** The integrity of this service's audit log, for auditors. */
@Path("/api/contracts/v1/audit")
public class AuditResource extends AuditLogResource {

    public AuditResource(AuditTrail audit) {
        super(audit);
    }
}
