package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.IdentifierAlreadyHeld;
import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlert;
import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlert.IdentifierKind;
import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlertRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One CRN or NHS number belongs to one adult across the platform, because both route other people's
 * data: probation registrations to whoever holds the CRN, NHS referrals and flag look-ups to whoever
 * holds the NHS number. A second claim is refused without saying where the identifier is held; the
 * attempt is audited and raised to the partnership admins of both councils, and both outlive the
 * refused request.
 */
@ApplicationScoped
public class IdentifierClaims {

    static final String RECORD = "adult-identifier";

    private final AdultRepository adults;
    private final IdentifierClaimAlertRepository alerts;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public IdentifierClaims(
            AdultRepository adults,
            IdentifierClaimAlertRepository alerts,
            AuditTrail audit,
            Caller caller,
            Clock clock) {
        this.adults = adults;
        this.alerts = alerts;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Refuses the details if another adult holds their CRN or NHS number. */
    public void requireUnclaimed(Adult.Details details, String council) {
        if (details.crn() != null) {
            refuseIfHeld(adults.holderOfCrn(details.crn().value()), IdentifierKind.CRN, "crn", council);
        }
        if (details.nhsNumber() != null) {
            refuseIfHeld(
                    adults.holderOfNhsNumber(details.nhsNumber().value()),
                    IdentifierKind.NHS_NUMBER,
                    "nhsNumber",
                    council);
        }
    }

    private void refuseIfHeld(Optional<Adult> holder, IdentifierKind kind, String field, String council) {
        if (holder.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        String claimedBy = caller.username();
        QuarkusTransaction.requiringNew().run(() -> {
            for (IdentifierClaimAlert alert : IdentifierClaimAlert.of(holder.get(), kind, council, claimedBy, now)) {
                alerts.persist(alert);
            }
        });
        audit.recordDenied(AuditAction.CREATE, RECORD, holder.get().id().toString(), null);
        throw new IdentifierAlreadyHeld(field);
    }
}
