package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.outcome.BusinessCase;
import org.familysafeguarding.caseload.domain.outcome.BusinessCaseNotSet;
import org.familysafeguarding.caseload.domain.outcome.BusinessCasePosition;
import org.familysafeguarding.caseload.domain.outcome.BusinessCaseRepository;
import org.familysafeguarding.caseload.domain.outcome.CostAvoidance;
import org.familysafeguarding.caseload.domain.outcome.Figure;
import org.familysafeguarding.caseload.domain.outcome.OutcomeCounts;
import org.familysafeguarding.caseload.domain.outcome.OutcomeMetrics;
import org.familysafeguarding.caseload.domain.outcome.OutcomeRepository;
import org.familysafeguarding.caseload.domain.outcome.Period;
import org.familysafeguarding.caseload.domain.outcome.PublishedPeriods;
import org.familysafeguarding.caseload.domain.outcome.SecondarySuppression;
import org.familysafeguarding.caseload.domain.outcome.WholePeriods;
import org.familysafeguarding.platform.rest.Versions;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.security.Roles;

/**
 * The caller's council's outcome metrics for a period, split at the council's model adoption date,
 * with the cost avoided against its business case. Aggregates only: no person record is read, so
 * nothing is audited. Analysts get whole periods only (a month, a quarter or a financial year, once
 * it has ended), with small counts suppressed and secondary suppression over the whole financial
 * year's table, so no two answers can be subtracted to reveal a count of 1 to 5; the split at the
 * adoption date is given to them only when it falls on the period's edge (else the parts would be
 * windows of their own).
 */
@ApplicationScoped
public class OutcomeReporting {

    public record Report(
            String councilCode,
            LocalDate modelAdoptedOn,
            OutcomeMetrics period,
            OutcomeMetrics beforeAdoption,
            OutcomeMetrics afterAdoption,
            boolean adoptionSplitWithheld,
            CostAvoidance costAvoidance,
            boolean costAvoidanceSuppressed) {}

    private final OutcomeRepository outcomes;
    private final BusinessCaseRepository businessCases;
    private final CaseloadAccess scope;
    private final Caller caller;
    private final Clock clock;

    public OutcomeReporting(
            OutcomeRepository outcomes,
            BusinessCaseRepository businessCases,
            CaseloadAccess scope,
            Caller caller,
            Clock clock) {
        this.outcomes = outcomes;
        this.businessCases = businessCases;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    /** Whether the caller sees aggregates only, suppressed (an analyst without a casework role). */
    public boolean suppressed() {
        return caller.hasRole(Roles.ANALYST)
                && !caller.hasRole(Roles.TEAM_MANAGER)
                && !caller.hasRole(Roles.PARTNERSHIP_ADMIN);
    }

    @Transactional
    public Report report(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        String council = scope.council();
        if (suppressed()) {
            return published(council, period);
        }
        OutcomeCounts counts = outcomes.counts(council, period);
        OutcomeMetrics whole = metrics(council, period, counts, false);
        Optional<LocalDate> adopted = outcomes.modelAdoptedOn(council);
        OutcomeMetrics before = adopted.flatMap(period::before)
                .map(p -> metrics(council, p, false))
                .orElse(null);
        OutcomeMetrics after = adopted.flatMap(period::from)
                .map(p -> metrics(council, p, false))
                .orElse(null);
        CostAvoidance avoidance = businessCases
                .findByIdOptional(council)
                .flatMap(b -> b.avoidance(counts.onCpPlansAtEnd(), counts.lookedAfterAtEnd(), period.to()))
                .orElse(null);
        return new Report(council, adopted.orElse(null), whole, before, after, false, avoidance, false);
    }

    /** An analyst's figures: a whole period that has ended, suppressed over its financial year's table. */
    private Report published(String council, Period period) {
        PublishedPeriods.requirePublishable(period, LocalDate.now(clock));
        Period year = WholePeriods.financialYearOf(period.from());
        Map<Period, OutcomeCounts> table = new HashMap<>();
        table.put(year, outcomes.counts(council, year));
        for (Period quarter : WholePeriods.quartersOf(year)) {
            table.put(quarter, outcomes.counts(council, quarter));
            WholePeriods.monthsOf(quarter).forEach(month -> table.put(month, outcomes.counts(council, month)));
        }
        Map<Period, Map<String, Long>> flows = new HashMap<>();
        table.forEach((p, c) -> flows.put(p, c.flows()));
        Map<Period, Set<String>> held = SecondarySuppression.of(year, flows);
        OutcomeCounts counts = table.get(period);
        Long population = outcomes.childPopulationOn(council, period.to()).orElse(null);
        OutcomeMetrics whole = OutcomeMetrics.of(period, counts, population, true, held.get(period));
        Optional<LocalDate> adopted = outcomes.modelAdoptedOn(council);
        boolean inside = adopted.filter(d -> d.isAfter(period.from()) && !d.isAfter(period.to()))
                .isPresent();
        OutcomeMetrics before =
                adopted.filter(d -> d.isAfter(period.to())).map(d -> whole).orElse(null);
        OutcomeMetrics after =
                adopted.filter(d -> !d.isAfter(period.from())).map(d -> whole).orElse(null);
        CostAvoidance avoidance = businessCases
                .findByIdOptional(council)
                .flatMap(b -> b.avoidance(counts.onCpPlansAtEnd(), counts.lookedAfterAtEnd(), period.to()))
                .orElse(null);
        // the baseline is known, so the amount would give the counts away
        boolean avoidanceSuppressed = avoidance != null
                && (whole.childrenOnCpPlans().suppressed()
                        || whole.childrenLookedAfter().suppressed());
        return new Report(
                council,
                adopted.orElse(null),
                whole,
                before,
                after,
                inside,
                avoidanceSuppressed ? null : avoidance,
                avoidanceSuppressed);
    }

    /**
     * The actual cost avoidance from the council's own caseload at the end of a model year that has
     * ended; null when the case gives no unit costs, suppressed for analysts with small counts.
     */
    public record ActualYear(int year, LocalDate yearEnds, CostAvoidance avoidance, boolean suppressed) {}

    public record BusinessCaseView(BusinessCase businessCase, BusinessCasePosition position, List<ActualYear> actual) {}

    @Transactional
    public BusinessCase businessCase() {
        String council = scope.council();
        return businessCases.findByIdOptional(council).orElseThrow(BusinessCaseNotSet::new);
    }

    /** The case as entered, its position year by year, and the actual avoidance beside each year that has ended. */
    @Transactional
    public BusinessCaseView businessCaseView() {
        String council = scope.council();
        BusinessCase businessCase = businessCases.findByIdOptional(council).orElseThrow(BusinessCaseNotSet::new);
        BusinessCasePosition position = businessCase.position();
        var actual = new ArrayList<ActualYear>();
        LocalDate today = LocalDate.now(clock);
        int span = position.scenarios().stream()
                .mapToInt(sc -> sc.years().size())
                .max()
                .orElse(0);
        if (businessCase.firstYearStarts() != null) {
            for (int y = 1; y <= span; y++) {
                LocalDate ends = businessCase.firstYearStarts().plusYears(y).minusDays(1);
                if (!ends.isBefore(today)) {
                    break;
                }
                OutcomeCounts counts = outcomes.counts(council, new Period(ends, ends));
                boolean small = suppressed()
                        && (Figure.SUPPRESS_UP_TO >= counts.onCpPlansAtEnd() && counts.onCpPlansAtEnd() > 0
                                || Figure.SUPPRESS_UP_TO >= counts.lookedAfterAtEnd() && counts.lookedAfterAtEnd() > 0);
                CostAvoidance avoided = businessCase
                        .avoidance(counts.onCpPlansAtEnd(), counts.lookedAfterAtEnd(), ends)
                        .orElse(null);
                actual.add(new ActualYear(y, ends, small ? null : avoided, small && avoided != null));
            }
        }
        return new BusinessCaseView(businessCase, position, List.copyOf(actual));
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
        Long population = outcomes.childPopulationOn(council, period.to()).orElse(null);
        return OutcomeMetrics.of(period, counts, population, suppress);
    }
}
