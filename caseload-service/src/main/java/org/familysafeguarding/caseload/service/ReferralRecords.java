package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Child;
import org.familysafeguarding.caseload.domain.family.ChildRepository;
import org.familysafeguarding.caseload.domain.referral.Referral;
import org.familysafeguarding.caseload.domain.referral.ReferralOutcome;
import org.familysafeguarding.caseload.domain.referral.ReferralRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/** Referrals of the council's children, with the re-referral flag kept right. */
@ApplicationScoped
public class ReferralRecords {

    private final ChildRepository children;
    private final ReferralRepository referrals;
    private final EpisodeContents episodes;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Clock clock;

    public ReferralRecords(
            ChildRepository children,
            ReferralRepository referrals,
            EpisodeContents episodes,
            CaseloadAccess scope,
            AuditTrail audit,
            Clock clock) {
        this.children = children;
        this.referrals = referrals;
        this.episodes = episodes;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(
            UUID childId, LocalDate referralDate, String source, String primaryNeed, ReferralOutcome outcome) {
        // one referral of a child at a time, so each sees the others when flags are worked out
        Child child = scope.require(
                children.lockedById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.CREATE);
        List<Referral> earlier = referrals.allOfChild(childId);
        Referral referral = Referral.receive(
                child, referralDate, source, primaryNeed, outcome, earlier, LocalDate.now(clock), Instant.now(clock));
        referrals.persist(referral);
        audit.record(AuditAction.CREATE, "referral", referral.id().toString(), childId.toString());
        return referral;
    }

    @Transactional
    public PageResponse<Referral> ofChild(UUID childId, int page, int size) {
        scope.require(children.findById(childId), "child", childId, Child::councilCode, Child::id, AuditAction.READ);
        var query = referrals.ofChild(childId).page(Page.of(page, size));
        List<Referral> found = query.list();
        audit.recordAll(
                AuditAction.READ,
                "referral",
                found.stream()
                        .map(r -> new AuditTrail.Accessed(r.id().toString(), childId.toString()))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    @Transactional
    public Referral read(UUID referralId) {
        Referral referral = referral(referralId, AuditAction.READ);
        audit.record(
                AuditAction.READ,
                "referral",
                referralId.toString(),
                referral.childId().toString());
        return referral;
    }

    @Transactional
    public Referral decide(UUID referralId, ReferralOutcome outcome) {
        Referral referral = referral(referralId, AuditAction.UPDATE);
        referral.decide(outcome, Instant.now(clock));
        audit.record(
                AuditAction.UPDATE,
                "referral",
                referralId.toString(),
                referral.childId().toString());
        return referral;
    }

    /**
     * Closes the CIN episode the referral opened (the child's case), with the CIN reason for closure,
     * once nothing in it is still open on that day: the census would otherwise report work after the
     * case closed (DfE rules 8565, 8867, 8868).
     */
    @Transactional
    public Referral closeEpisode(UUID referralId, LocalDate on, String reason) {
        Referral referral = referral(referralId, AuditAction.UPDATE);
        children.lockedById(referral.childId());
        episodes.requireNothingOpen(referral, referrals.allOfChild(referral.childId()), on);
        referral.closeEpisode(on, reason, LocalDate.now(clock), Instant.now(clock));
        audit.record(
                AuditAction.UPDATE,
                "referral",
                referralId.toString(),
                referral.childId().toString());
        return referral;
    }

    private Referral referral(UUID referralId, AuditAction action) {
        return scope.require(
                referrals.findById(referralId),
                "referral",
                referralId,
                Referral::councilCode,
                Referral::childId,
                action);
    }
}
