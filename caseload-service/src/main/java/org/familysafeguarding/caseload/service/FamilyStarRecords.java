package org.familysafeguarding.caseload.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.familysafeguarding.caseload.domain.family.Adult;
import org.familysafeguarding.caseload.domain.family.AdultRepository;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarArea;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarReading;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarRepository;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarRuleViolated;
import org.familysafeguarding.caseload.domain.familystar.FamilyStarStage;
import org.familysafeguarding.caseload.domain.outcome.Period;
import org.familysafeguarding.caseload.domain.outcome.PublishedPeriods;
import org.familysafeguarding.caseload.domain.outcome.SecondarySuppression;
import org.familysafeguarding.caseload.domain.outcome.WholePeriods;
import org.familysafeguarding.platform.audit.AuditAction;
import org.familysafeguarding.platform.audit.AuditTrail;
import org.familysafeguarding.platform.security.Caller;
import org.familysafeguarding.platform.security.Roles;

/** Family Star Plus readings of parents, their distance travelled, and cohort averages. */
@ApplicationScoped
public class FamilyStarRecords {

    /** Cohorts of this many parents or fewer (but some) are not shown to analysts. */
    static final int SUPPRESS_UP_TO = 5;

    public record Journey(List<FamilyStarReading> readings, Map<FamilyStarArea, Integer> distanceTravelled) {}

    public record CohortView(long parents, boolean suppressed, List<FamilyStarRepository.AreaAverage> areas) {}

    private final AdultRepository adults;
    private final FamilyStarRepository readings;
    private final CaseloadAccess scope;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public FamilyStarRecords(
            AdultRepository adults,
            FamilyStarRepository readings,
            CaseloadAccess scope,
            AuditTrail audit,
            Caller caller,
            Clock clock) {
        this.adults = adults;
        this.readings = readings;
        this.scope = scope;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public FamilyStarReading take(
            UUID adultId, FamilyStarStage stage, LocalDate date, Map<FamilyStarArea, Integer> scores) {
        // one reading of a parent at a time, so each sees the one before
        Adult parent = scope.require(
                adults.lockedById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.CREATE);
        FamilyStarReading reading = FamilyStarReading.take(
                parent, stage, date, scores, readings.ofAdult(adultId), LocalDate.now(clock), Instant.now(clock));
        readings.persist(reading);
        audit.record(AuditAction.CREATE, "family-star-reading", reading.id().toString(), null);
        return reading;
    }

    @Transactional
    public Journey journey(UUID adultId) {
        scope.require(adults.findById(adultId), "adult", adultId, Adult::councilCode, a -> null, AuditAction.READ);
        List<FamilyStarReading> taken = readings.ofAdult(adultId);
        audit.record(AuditAction.READ, "family-star", adultId.toString(), null);
        return new Journey(taken, FamilyStarReading.distanceTravelled(taken));
    }

    @Transactional
    public CohortView cohort(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new FamilyStarRuleViolated(
                    "period-reversed", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        String council = scope.council();
        boolean analyst = caller.hasRole(Roles.ANALYST)
                && !caller.hasRole(Roles.TEAM_MANAGER)
                && !caller.hasRole(Roles.PARTNERSHIP_ADMIN);
        if (!analyst) {
            var cohort = readings.cohort(council, from, to);
            return new CohortView(cohort.parents(), false, cohort.areas());
        }
        // an analyst: whole periods that have ended, with the cohort held back where its parents could
        // be worked out from the financial year's months and quarters (parents whose start fell in a
        // month make up its quarter's cohort, so averages could be taken apart like counts)
        var period = new Period(from, to);
        PublishedPeriods.requirePublishable(period, LocalDate.now(clock));
        Period year = WholePeriods.financialYearOf(from);
        Map<Period, Map<String, Long>> sizes = new java.util.HashMap<>();
        sizes.put(
                year,
                Map.of(PARENTS, readings.cohort(council, year.from(), year.to()).parents()));
        for (Period quarter : WholePeriods.quartersOf(year)) {
            sizes.put(
                    quarter,
                    Map.of(
                            PARENTS,
                            readings.cohort(council, quarter.from(), quarter.to())
                                    .parents()));
            WholePeriods.monthsOf(quarter)
                    .forEach(month -> sizes.put(
                            month,
                            Map.of(
                                    PARENTS,
                                    readings.cohort(council, month.from(), month.to())
                                            .parents())));
        }
        boolean held = SecondarySuppression.of(year, sizes).get(period).contains(PARENTS);
        var cohort = readings.cohort(council, from, to);
        return held ? new CohortView(0, true, List.of()) : new CohortView(cohort.parents(), false, cohort.areas());
    }

    private static final String PARENTS = "parents";
}
