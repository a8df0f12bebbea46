package org.familysafeguarding.partners.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;

/** Test-only endpoint: records an access the way an audited resource does. */
@Path("/test/audit/{childId}")
public class AuditProbeResource {

    private final AuditTrail audit;

    public AuditProbeResource(AuditTrail audit) {
        this.audit = audit;
    }

    @POST
    @Transactional
    @RolesAllowed("social-worker")
    public void read(@PathParam("childId") String childId) {
        audit.record(AuditAction.READ, "child", childId, childId);
    }

    @POST
    @Path("/denied")
    @RolesAllowed("social-worker")
    public void denied(@PathParam("childId") String childId) {
        audit.recordDenied(AuditAction.READ, "child", childId, childId);
    }
}
