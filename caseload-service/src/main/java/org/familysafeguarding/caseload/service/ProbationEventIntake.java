package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.allocation.Allocation;
import org.familysafeguarding.caseload.domain.allocation.AllocationRepository;
import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.probation.FlagStatus;
import org.familysafeguarding.caseload.domain.probation.ProbationActivity;
import org.familysafeguarding.caseload.domain.probation.ProbationActivityRepository;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlag;
import org.familysafeguarding.caseload.domain.probation.ProbationRiskFlagRepository;
import org.familysafeguarding.caseload.domain.probation.RegisterCodeMapping;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChange;
import org.familysafeguarding.caseload.domain.probation.RiskFlagChangeRepository;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEvent;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEventRepository;
import org.familysafeguarding.caseload.domain.probation.WorkerNotification;
import org.familysafeguarding.caseload.domain.probation.WorkerNotificationRepository;
import org.familysafeguarding.caseload.messaging.event.ProbationRiskFlagChanged;
import org.jboss.logging.Logger;

/**
 * Applies probation's events to the adults who hold the CRN (in every council that records one):
 * risk flags raised, changed, closed or removed, each change kept and told to the workers allocated
 * to the family; community manager allocations and new probation cases recorded as activity. An
 * event for a CRN no adult holds is kept for review and applied when an adult is recorded with it.
 */
@ApplicationScoped
public class ProbationEventIntake {

    private static final Logger LOG = Logger.getLogger(ProbationEventIntake.class);

    private final AdultRepository adults;
    private final AllocationRepository allocations;
    private final ProbationRiskFlagRepository flags;
    private final RiskFlagChangeRepository changes;
    private final ProbationActivityRepository activities;
    private final UnmatchedProbationEventRepository unmatched;
    private final WorkerNotificationRepository notifications;
    private final RegisterCodeMapping mapping;
    private final CaseloadEvents events;
    private final ProbationNotices notices;
    private final Clock clock;

    public ProbationEventIntake(
            AdultRepository adults,
            AllocationRepository allocations,
            ProbationRiskFlagRepository flags,
            RiskFlagChangeRepository changes,
            ProbationActivityRepository activities,
            UnmatchedProbationEventRepository unmatched,
            WorkerNotificationRepository notifications,
            RegisterCodeMapping mapping,
            CaseloadEvents events,
            ProbationNotices notices,
            Clock clock) {
        this.adults = adults;
        this.allocations = allocations;
        this.flags = flags;
        this.changes = changes;
        this.activities = activities;
        this.unmatched = unmatched;
        this.notifications = notifications;
        this.mapping = mapping;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    /** In the consumer's transaction, with the inbox record that makes it happen once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ProbationNotice notice) {
        List<Adult> holders = adults.list("crn", notice.crn().value());
        if (holders.isEmpty()) {
            if (!unmatched.kept(notice.key())) {
                unmatched.persist(UnmatchedProbationEvent.keep(
                        notice.key(),
                        notice.crn().value(),
                        notice.eventType(),
                        notice.occurredAt(),
                        notice.registration() == null
                                ? null
                                : notice.registration().registerCode(),
                        notice.payload(),
                        Instant.now(clock)));
            }
            LOG.infof("Probation event %s for a CRN no adult holds: kept for review", notice.eventType());
            return;
        }
        holders.forEach(adult -> applyTo(adult, notice));
    }

    /** Applies, in order, the events kept for this adult's CRN before anyone held it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyWaiting(Adult adult) {
        if (adult.crn() == null) {
            return 0;
        }
        List<UnmatchedProbationEvent> waiting = unmatched.waitingFor(adult.crn());
        Instant now = Instant.now(clock);
        for (UnmatchedProbationEvent kept : waiting) {
            applyTo(adult, notices.read(kept.eventKey(), kept.payload()));
            kept.matched(now);
        }
        return waiting.size();
    }

    private void applyTo(Adult adult, ProbationNotice notice) {
        Instant now = Instant.now(clock);
        switch (notice.eventType()) {
            case ProbationNotice.REGISTRATION_ADDED, ProbationNotice.REGISTRATION_UPDATED -> {
                var existing = notice.registration().registrationId() == null
                        ? Optional.<ProbationRiskFlag>empty()
                        : flags.byRegistration(adult.id(), notice.registration().registrationId());
                if (existing.isPresent() && existing.get().active()) {
                    if (existing.get().change(notice.registration(), mapping, now)) {
                        changed(existing.get(), RiskFlagChange.Kind.UPDATED, notice, now);
                    }
                } else if (existing.isEmpty()) {
                    ProbationRiskFlag flag = ProbationRiskFlag.raise(adult, notice.registration(), mapping, now);
                    flags.persist(flag);
                    changed(flag, RiskFlagChange.Kind.RAISED, notice, now);
                }
            }
            case ProbationNotice.REGISTRATION_DEREGISTERED ->
                flags.activeOfCode(adult.id(), notice.registration().registerCode())
                        .forEach(flag -> {
                            flag.end(FlagStatus.CLOSED, notice.endedOn(), now);
                            changed(flag, RiskFlagChange.Kind.CLOSED, notice, now);
                        });
            case ProbationNotice.REGISTRATION_DELETED -> {
                String id = notice.registration().registrationId();
                List<ProbationRiskFlag> deleted = id != null
                        ? flags.byRegistration(adult.id(), id).filter(ProbationRiskFlag::active).stream()
                                .toList()
                        : flags.activeOfCode(adult.id(), notice.registration().registerCode());
                deleted.forEach(flag -> {
                    flag.end(FlagStatus.REMOVED, notice.endedOn(), now);
                    changed(flag, RiskFlagChange.Kind.REMOVED, notice, now);
                });
            }
            case ProbationNotice.MANAGER_ALLOCATED ->
                activities.persist(ProbationActivity.of(
                        adult,
                        ProbationActivity.Kind.COMMUNITY_MANAGER_ALLOCATED,
                        notice.reference(),
                        notice.occurredAt(),
                        now));
            case ProbationNotice.ENGAGEMENT_CREATED ->
                activities.persist(ProbationActivity.of(
                        adult, ProbationActivity.Kind.ENGAGEMENT_CREATED, null, notice.occurredAt(), now));
            default -> throw new IllegalStateException("not an applied type: " + notice.eventType());
        }
    }

    /**
     * Keeps the change, tells the workers allocated to the family who may open this adult's record
     * (the family's lead social worker, the practitioners allocated to this adult), and publishes it.
     */
    private void changed(ProbationRiskFlag flag, RiskFlagChange.Kind kind, ProbationNotice notice, Instant now) {
        changes.persist(RiskFlagChange.of(flag, kind, notice.eventType(), notice.occurredAt(), now));
        List<UUID> workers = allocations.ofFamily(flag.familyId()).stream()
                .filter(Allocation::open)
                .filter(a -> a.adultId() == null || a.adultId().equals(flag.adultId()))
                .map(Allocation::practitionerId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        workers.forEach(worker -> notifications.persist(WorkerNotification.of(worker, flag, kind, now)));
        events.publish(ProbationRiskFlagChanged.of(flag, kind, workers, notice.occurredAt()));
    }
}
