package org.familysafeguarding.partners.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.partners.domain.agency.AgencyNotFound;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.council.CouncilNotFound;
import org.familysafeguarding.partners.domain.council.CouncilRepository;
import org.familysafeguarding.partners.domain.duediligence.Accreditation;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChange;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChangeRepository;
import org.familysafeguarding.partners.domain.duediligence.AccreditationRepository;
import org.familysafeguarding.partners.domain.duediligence.AccreditationRule;
import org.familysafeguarding.partners.domain.duediligence.CheckType;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheck;
import org.familysafeguarding.partners.domain.duediligence.DueDiligenceCheckRepository;
import org.familysafeguarding.partners.domain.duediligence.DueDiligencePolicy;
import org.familysafeguarding.partners.domain.duediligence.DueDiligencePolicyRepository;
import org.familysafeguarding.partners.messaging.event.AccreditationLapsed;
import org.familysafeguarding.partners.messaging.event.AgencyAccredited;

/**
 * Due diligence and the accreditation that follows from it. Accreditation is never set by hand:
 * it is worked out again whenever a check is recorded, a council's policy changes, or a day passes.
 */
@ApplicationScoped
public class DueDiligence {

    private final DueDiligenceCheckRepository checks;
    private final DueDiligencePolicyRepository policies;
    private final AccreditationRepository accreditations;
    private final AccreditationChangeRepository changes;
    private final AgencyRepository agencies;
    private final CouncilRepository councils;
    private final PartnersEvents events;
    private final Clock clock;

    public DueDiligence(
            DueDiligenceCheckRepository checks,
            DueDiligencePolicyRepository policies,
            AccreditationRepository accreditations,
            AccreditationChangeRepository changes,
            AgencyRepository agencies,
            CouncilRepository councils,
            PartnersEvents events,
            Clock clock) {
        this.checks = checks;
        this.policies = policies;
        this.accreditations = accreditations;
        this.changes = changes;
        this.agencies = agencies;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DueDiligencePolicy requireChecks(String councilCode, Set<CheckType> mandatory, String by) {
        councils.findByIdOptional(councilCode).orElseThrow(() -> new CouncilNotFound(councilCode));
        DueDiligencePolicy policy = policies.findByIdOptional(councilCode).orElseGet(() -> {
            var created = DueDiligencePolicy.none(councilCode);
            policies.persist(created);
            return created;
        });
        policy.require(mandatory, by, Instant.now(clock));
        LocalDate today = LocalDate.now(clock);
        for (UUID agencyId : checks.agenciesCheckedBy(councilCode)) {
            reassess(agencyId, councilCode, today);
        }
        return policy;
    }

    /** The council's mandatory checks, for a council of the register. */
    @Transactional
    public Set<CheckType> policyOf(String councilCode) {
        councils.findByIdOptional(councilCode).orElseThrow(() -> new CouncilNotFound(councilCode));
        return mandatoryChecks(councilCode);
    }

    public Set<CheckType> mandatoryChecks(String councilCode) {
        return policies.findByIdOptional(councilCode)
                .map(DueDiligencePolicy::mandatory)
                .orElse(Set.of());
    }

    @Transactional
    public DueDiligenceCheck record(UUID agencyId, String councilCode, DueDiligenceCheck.Details details, String by) {
        agencies.findByIdOptional(agencyId).orElseThrow(() -> new AgencyNotFound(agencyId));
        councils.findByIdOptional(councilCode).orElseThrow(() -> new CouncilNotFound(councilCode));
        LocalDate today = LocalDate.now(clock);
        DueDiligenceCheck check =
                DueDiligenceCheck.record(agencyId, councilCode, details, by, today, Instant.now(clock));
        checks.persist(check);
        reassess(agencyId, councilCode, today);
        return check;
    }

    /** Lapses every accreditation whose earliest mandatory check has expired by this day. */
    @Transactional
    public int lapseExpired(LocalDate today) {
        List<Accreditation> expired = accreditations.expiredBefore(today);
        expired.forEach(a -> reassess(a.agencyId(), a.councilCode(), today));
        return expired.size();
    }

    private void reassess(UUID agencyId, String councilCode, LocalDate today) {
        Accreditation accreditation = accreditations.of(agencyId, councilCode).orElseGet(() -> {
            var created = Accreditation.notYet(agencyId, councilCode, today);
            accreditations.persist(created);
            return created;
        });
        var verdict = AccreditationRule.evaluate(mandatoryChecks(councilCode), checks.of(agencyId, councilCode), today);
        // a first accreditation dates from its checks; a renewed one not before the day the last one lapsed
        LocalDate earliestSince = changes.ofAgency(agencyId).stream()
                        .anyMatch(c -> c.councilCode().equals(councilCode))
                ? accreditation.since()
                : null;
        accreditation.apply(verdict, today, earliestSince).ifPresent(change -> {
            changes.persist(change);
            announce(change, accreditation.since());
        });
    }

    /** @param accreditedSince the day the current accreditation runs from (its checks' date, kept over renewals) */
    private void announce(AccreditationChange change, LocalDate accreditedSince) {
        if (change.status() == Accreditation.Status.ACCREDITED) {
            events.publish(new AgencyAccredited(
                    change.agencyId(), change.councilCode(), accreditedSince, change.validUntil()));
        } else {
            events.publish(new AccreditationLapsed(
                    change.agencyId(),
                    change.councilCode(),
                    change.changedOn(),
                    change.reason(),
                    change.checkTypes().stream().sorted().toList()));
        }
    }
}
