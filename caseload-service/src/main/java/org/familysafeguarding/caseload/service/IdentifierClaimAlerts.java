package org.familysafeguarding.caseload.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlert;
import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlertRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

/** The refused identifier claims a council's partnership admins and auditors are told of. */
@ApplicationScoped
public class IdentifierClaimAlerts {

    private final IdentifierClaimAlertRepository alerts;
    private final CaseloadAccess scope;
    private final AuditTrail audit;

    public IdentifierClaimAlerts(IdentifierClaimAlertRepository alerts, CaseloadAccess scope, AuditTrail audit) {
        this.alerts = alerts;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public PageResponse<IdentifierClaimAlert> ofMyCouncil(int page, int size) {
        PageResponse<IdentifierClaimAlert> found =
                PageResponse.of(alerts.ofCouncil(scope.council()), page, size, a -> a);
        audit.recordAll(
                AuditAction.SEARCH,
                "adult",
                found.items().stream()
                        .filter(a -> a.adultId() != null)
                        .map(a -> new AuditTrail.Accessed(a.adultId().toString(), null))
                        .toList());
        return found;
    }
}
