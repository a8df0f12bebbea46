package org.familysafeguarding.caseload.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;
import org.familysafeguarding.caseload.domain.probation.ProbationActivity;
import org.familysafeguarding.caseload.domain.probation.ProbationActivityRepository;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlagRepository;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChangeRepository;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEvent;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEventRepository;
import org.familysafeguarding.caseload.domain.probation.WorkerNotification;
import org.familysafeguarding.caseload.domain.probation.WorkerNotificationRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.rest.PageResponse;

import io.quarkus.panache.common.Page;

/**
 * What probation told us, as people may read it: an adult's risk flags (whoever may see the adult,
 * by {@link CaseloadAccess}), a worker's own notifications (only while they are still allocated), and
 * the events kept for CRNs no adult holds (partnership admins). Every record shown is audited.
 */
@ApplicationScoped
public class ProbationRecords {

    public record FlagWithHistory(ProbationRiskFlag flag, List<RiskFlagChange> history) {}

    public record AdultProbation(UUID adultId, List<FlagWithHistory> flags, List<ProbationActivity> activity) {}

    private final AdultRepository adults;
    private final ProbationRiskFlagRepository flags;
    private final RiskFlagChangeRepository changes;
    private final ProbationActivityRepository activities;
    private final WorkerNotificationRepository notifications;
    private final UnmatchedProbationEventRepository unmatched;
    private final CaseloadAccess scope;
    private final AuditTrail audit;

    public ProbationRecords(
            AdultRepository adults,
            ProbationRiskFlagRepository flags,
            RiskFlagChangeRepository changes,
            ProbationActivityRepository activities,
            WorkerNotificationRepository notifications,
            UnmatchedProbationEventRepository unmatched,
            CaseloadAccess scope,
            AuditTrail audit) {
        this.adults = adults;
        this.flags = flags;
        this.changes = changes;
        this.activities = activities;
        this.notifications = notifications;
        this.unmatched = unmatched;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public AdultProbation ofAdult(UUID adultId) {
        scope.require(adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        audit.record(AuditAction.READ, "adult", adultId.toString(), null);
        List<FlagWithHistory> found = flags.ofAdult(adultId).stream()
                .map(flag -> new FlagWithHistory(flag, changes.ofFlag(flag.id())))
                .toList();
        audit.recordAll(
                AuditAction.READ,
                "probation-risk-flag",
                found.stream()
                        .map(f -> new AuditTrail.Accessed(f.flag().id().toString(), null))
                        .toList());
        return new AdultProbation(adultId, found, activities.ofAdult(adultId));
    }

    /** The caller's notifications, newest first; empty for a caller no practitioner record names. */
    @Transactional
    public PageResponse<WorkerNotification> mine(int page, int size) {
        var me = scope.practitioner();
        if (me.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0);
        }
        var query = notifications
                .stillAllocated(me.get().id(), scope.councilsOpenToMe())
                .page(Page.of(page, size));
        List<WorkerNotification> found = query.list();
        audit.recordAll(
                AuditAction.READ,
                "probation-risk-flag",
                found.stream()
                        .map(n -> new AuditTrail.Accessed(n.flagId().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }

    /** Events waiting for an adult with their CRN (or all kept, {@code all}), newest first. */
    @Transactional
    public PageResponse<UnmatchedProbationEvent> unmatched(String crn, boolean all, int page, int size) {
        ProbationCaseReference wanted = ProbationCaseReference.ofNullable(crn);
        var query =
                unmatched.forReview(wanted == null ? null : wanted.value(), all).page(Page.of(page, size));
        List<UnmatchedProbationEvent> found = query.list();
        audit.recordAll(
                AuditAction.READ,
                "unmatched-probation-event",
                found.stream()
                        .map(e -> new AuditTrail.Accessed(e.id().toString(), null))
                        .toList());
        return new PageResponse<>(found, page, size, query.count());
    }
}
