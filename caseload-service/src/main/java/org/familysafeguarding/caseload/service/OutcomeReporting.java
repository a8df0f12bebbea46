package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
import org.familysafeguarding.caseload.domain.outcome.BusinessCaseRepository;
import org.familysafeguarding.caseload.domain.outcome.CostAvoidance;
import org.familysafeguarding.caseload.domain.outcome.BusinessCaseNotSet;
import org.familysafeguarding.caseload.domain.outcome.OutcomeCounts;
import org.familysafeguarding.caseload.domain.outcome.OutcomeMetrics;
import org.familysafeguarding.caseload.domain.outcome.OutcomeRepository;
import org.familysafeguarding.caseload.domain.outcome.Period;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.security.Roles;

/**
 * The caller's council's outcome metrics for a period, split at the council's model adoption date,
 * with the cost avoided against its business case. Aggregates only: no person record is read, so
 * nothing is audited; analysts get small counts suppressed.
 */
@ApplicationScoped
public class OutcomeReporting {

    public record Report(String councilCode, LocalDate modelAdoptedOn, OutcomeMetrics period,
            OutcomeMetrics beforeAdoption, OutcomeMetrics afterAdoption, CostAvoidance costAvoidance,
            boolean costAvoidanceSuppressed) {
    }

    private final OutcomeRepository outcomes;
    private final BusinessCaseRepository businessCases;
    private final CouncilScope scope;
    private final Caller caller;
    private final Clock clock;

    public OutcomeReporting(OutcomeRepository outcomes, BusinessCaseRepository businessCases, CouncilScope scope,
            Caller caller, Clock clock) {
        this.outcomes = outcomes;
        this.businessCases = businessCases;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        String council = scope.council();
        boolean suppress = caller.hasRole(Roles.ANALYST) && !caller.hasRole(Roles.TEAM_MANAGER)
                && !caller.hasRole(Roles.PARTNERSHIP_ADMIN);
        OutcomeCounts counts = outcomes.counts(council, period);
        OutcomeMetrics whole = metrics(council, period, counts, suppress);
        Optional<LocalDate> adopted = outcomes.modelAdoptedOn(council);
        OutcomeMetrics before = adopted.flatMap(period::before).map(p -> metrics(council, p, suppress)).orElse(null);
        OutcomeMetrics after = adopted.flatMap(period::from).map(p -> metrics(council, p, suppress)).orElse(null);
        CostAvoidance avoidance = businessCases.findByIdOptional(council)
                .map(b -> b.avoidance(counts.onCpPlansAtEnd(), counts.lookedAfterAtEnd())).orElse(null);
        // the baseline is known, so the amount would give the counts away
        boolean avoidanceSuppressed = avoidance != null && (whole.childrenOnCpPlans().suppressed()
                || whole.childrenLookedAfter().suppressed());
        return new Report(council, adopted.orElse(null), whole, before, after, avoidanceSuppressed ? null : avoidance,
                avoidanceSuppressed);
    }

    @Transactional
    public BusinessCase businessCase() {
        String council = scope.council();
        return businessCases.findByIdOptional(council).orElseThrow(BusinessCaseNotSet::new);
    }

    /** Sets the council's business case; once set, changes need If-Match. */
    @Transactional
    public BusinessCase setBusinessCase(String ifMatch, BusinessCase.Terms terms) {
        String council = scope.council();
        Instant now = Instant.now(clock);
        businessCases.lockCouncil(council);
        Optional<BusinessCase> existing = businessCases.findByIdOptional(council);
        if (existing.isEmpty()) {
            BusinessCase created = BusinessCase.set(council, terms, caller.username(), now);
            businessCases.persist(created);
            businessCases.flush();
            return created;
        }
        BusinessCase businessCase = existing.get();
        Versions.requireMatch(ifMatch, businessCase.version());
        businessCase.change(terms, caller.username(), now);
        businessCases.flush();
        return businessCase;
    }

    private OutcomeMetrics metrics(String council, Period period, boolean suppress) {
        return metrics(council, period, outcomes.counts(council, period), suppress);
    }

    private OutcomeMetrics metrics(String council, Period period, OutcomeCounts counts, boolean suppress) {
        Long population = outcomes.childPopulation(council, period.to().getYear()).orElse(null);
        return OutcomeMetrics.of(period, counts, population, suppress);
    }
}
