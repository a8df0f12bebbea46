package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;
import org.familysafeguarding.caseload.domain.nhs.NhsReferralRefused;
import org.familysafeguarding.caseload.domain.nhs.NhsReferralRepository;
import org.familysafeguarding.caseload.domain.nhs.Requester;
import org.familysafeguarding.caseload.messaging.event.NhsReferralReceived;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/**
 * Referrals of parents sent in by NHS trusts: matched to the adult by NHS number and kept waiting for
 * allocation; read and listed by the family's council staff under the usual rules.
 */
@ApplicationScoped
public class NhsReferrals {

    static final String RECORD = "nhs-referral";

    /** The referral, and whether it was made by this request or an earlier one with the same Idempotency-Key. */
    public record Intake(NhsReferral referral, boolean replayed) {}

    private final AdultRepository adults;
    private final NhsReferralRepository referrals;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final CaseloadEvents events;
    private final Clock clock;

    public NhsReferrals(
            AdultRepository adults,
            NhsReferralRepository referrals,
            CaseloadAccess scope,
            AuditTrail audit,
            CaseloadEvents events,
            Clock clock) {
        this.adults = adults;
        this.referrals = referrals;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param requestHash SHA-256 of the body as sent, so a repeat with the same Idempotency-Key is told from a different request
     */
    @Transactional
    public Intake receive(
            NhsNumber parent,
            NhsReferral.Received received,
            Requester sender,
            String idempotencyKey,
            String requestHash) {
        if (idempotencyKey != null) {
            var earlier = referrals.bySenderAndKey(sender.system(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new NhsReferralRefused(
                            "idempotency-key-reused",
                            "This Idempotency-Key was used for a different ServiceRequest; use a new key for a new referral.");
                }
                return new Intake(earlier.get(), true);
            }
        }
        List<Adult> matched = adults.list("nhsNumber", parent.value());
        if (matched.size() != 1) {
            // the answer tells the sender whether the number is known: audited, though nothing is kept
            audit.recordDenied(AuditAction.CREATE, RECORD, "nhs-number:" + parent.value(), null);
        }
        if (matched.isEmpty()) {
            throw new NhsReferralRefused(
                    "no-matching-adult",
                    "No parent with this NHS number is known to a Family Safeguarding team; refer to the council's front door.");
        }
        if (matched.size() > 1) {
            throw new NhsReferralRefused(
                    "several-matching-adults",
                    "More than one family holds a parent with this NHS number; refer to the council's front door.");
        }
        Adult adult = matched.get(0);
        NhsReferral referral =
                NhsReferral.receive(adult, received, sender, idempotencyKey, requestHash, Instant.now(clock));
        referrals.persist(referral);
        audit.record(AuditAction.CREATE, RECORD, referral.id().toString(), null);
        events.publish(NhsReferralReceived.of(referral));
        return new Intake(referral, false);
    }

    /** The referral as its sender sees it: only the system that sent it may read it back. */
    @Transactional
    public NhsReferral sentBy(UUID referralId, Requester sender) {
        NhsReferral referral = referrals.findById(referralId);
        if (referral == null || !referral.senderSystem().equals(sender.system())) {
            audit.recordDenied(AuditAction.READ, RECORD, referralId.toString(), null);
            throw new RecordNotFound("ServiceRequest", referralId);
        }
        audit.record(AuditAction.READ, RECORD, referralId.toString(), null);
        return referral;
    }

    @Transactional
    public PageResponse<NhsReferral> ofCouncil(NhsReferral.Status status, int page, int size) {
        var query = referrals.ofCouncil(scope.council(), status, scope.teamFilter());
        List<NhsReferral> found = query.page(Page.of(page, size)).list();
        audit.recordAll(
                AuditAction.READ,
                RECORD,
                found.stream()
                        .map(r -> new AuditTrail.Accessed(r.id().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    @Transactional
    public NhsReferral read(UUID referralId) {
        NhsReferral referral = scope.require(
                referrals.findById(referralId),
                RECORD,
                referralId,
                NhsReferral::councilCode,
                r -> null,
                AuditAction.READ);
        audit.record(AuditAction.READ, RECORD, referralId.toString(), null);
        return referral;
    }
}
