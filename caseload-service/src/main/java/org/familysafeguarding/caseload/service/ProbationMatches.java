package org.familysafeguarding.caseload.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.probation.UnmatchedProbationEventRepository;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.problem.DomainProblem;
import org.familysafeguarding.platform.rest.PageResponse;

/**
 * Probation events that came for a CRN before any adult held it are attached to the adult who now
 * holds it only when a team manager of that adult's council confirms the match: recording a CRN is
 * not enough to read a person's MAPPA or risk registrations.
 */
@ApplicationScoped
public class ProbationMatches {

    public record AwaitingMatch(UUID adultId, UUID familyId, String crn, long waitingEvents, Instant oldest) {}

    static final String RECORD = "probation-match";

    private final AdultRepository adults;
    private final UnmatchedProbationEventRepository unmatched;
    private final ProbationEventIntake intake;
    private final CaseloadAccess scope;
    private final AuditTrail audit;

    public ProbationMatches(
            AdultRepository adults,
            UnmatchedProbationEventRepository unmatched,
            ProbationEventIntake intake,
            CaseloadAccess scope,
            AuditTrail audit) {
        this.adults = adults;
        this.unmatched = unmatched;
        this.intake = intake;
        this.scope = scope;
        this.audit = audit;
    }

    /** The caller's council's adults with events awaiting confirmation, of the families the caller sees. */
    @Transactional
    public PageResponse<AwaitingMatch> awaiting(int page, int size) {
        String council = scope.council();
        List<AwaitingMatch> visible = unmatched.awaitingMatchIn(council).stream()
                .map(r -> new AwaitingMatch(
                        (UUID) r[0], (UUID) r[1], (String) r[2], ((Number) r[3]).longValue(), (Instant) r[4]))
                .filter(m -> scope.seesFamilyOfCouncil(m.familyId(), council))
                .toList();
        List<AwaitingMatch> shown =
                visible.stream().skip((long) page * size).limit(size).toList();
        audit.recordAll(
                AuditAction.SEARCH,
                "adult",
                shown.stream()
                        .map(m -> new AuditTrail.Accessed(m.adultId().toString(), null))
                        .toList());
        return new PageResponse<>(shown, page, size, visible.size());
    }

    /** Attaches the waiting events to the adult, in the order they happened; answers how many. */
    @Transactional
    public int confirm(UUID adultId) {
        Adult adult = scope.require(
                adults.lockedById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.UPDATE);
        if (adult.crn() == null || unmatched.waitingFor(adult.crn()).isEmpty()) {
            throw new NothingAwaiting(adultId);
        }
        int applied = intake.applyWaiting(adult);
        audit.record(AuditAction.UPDATE, RECORD, adultId.toString(), null);
        return applied;
    }

    static final class NothingAwaiting extends DomainProblem {
        NothingAwaiting(UUID adultId) {
            super(
                    Kind.RULE_VIOLATED,
                    "no-probation-events-awaiting",
                    "No probation events await a match for adult " + adultId + ".");
        }
    }
}
