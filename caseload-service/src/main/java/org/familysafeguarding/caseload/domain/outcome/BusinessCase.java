package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A council's business case for the model, as its cabinet report gives it: how many children were on
 * child protection plans and looked after at its baseline and what each costs the council a year (where
 * the report says), the investment and grant year by year, and one or more scenarios of cost
 * avoidance, each with the yearly figures the report states and the total it states over its years
 * (Bury's 2022 case: GBP 1.097m a year by year 3 and GBP 4.872m over five years at the lowest level,
 * GBP 3.291m and GBP 14.615m at the higher; investment GBP 1.081m in year 1 and GBP 0.992m a year
 * after, a DfE grant of GBP 0.140m in year 1). What a scenario does not state year by year it states
 * only in its total, and is shown as such, never spread by guesswork.
 */
@Entity
@Table(name = "council_business_case")
public class BusinessCase {

    @Id
    @Column(name = "council_code")
    private String councilCode;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "baseline_cp_children", nullable = false)
    private int baselineCpChildren;

    @Column(name = "baseline_looked_after")
    private Integer baselineLookedAfter;

    @Column(name = "annual_cost_cp_plan")
    private BigDecimal annualCostCpPlan;

    @Column(name = "annual_cost_looked_after")
    private BigDecimal annualCostLookedAfter;

    @Column(name = "first_year_starts")
    private LocalDate firstYearStarts;

    @ElementCollection
    @CollectionTable(name = "business_case_year", joinColumns = @JoinColumn(name = "council_code"))
    @OrderBy("yearNo")
    private List<YearLine> years = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "business_case_scenario", joinColumns = @JoinColumn(name = "council_code"))
    @OrderBy("position")
    private List<ScenarioLine> scenarios = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "business_case_target", joinColumns = @JoinColumn(name = "council_code"))
    private List<TargetLine> targets = new ArrayList<>();

    @Column(name = "annual_target")
    private BigDecimal annualTarget;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BusinessCase() {}

    /**
     * @param baselineLookedAfter, annualCostCpPlan, annualCostLookedAfter null where the report gives none
     * @param firstYearStarts the first day of the model's year 1; null when not known
     * @param years investment and grant by year, year 1 first
     * @param scenarios the report's scenarios of cost avoidance, the lowest first
     */
    public record Terms(
            LocalDate baselineDate,
            int baselineCpChildren,
            Integer baselineLookedAfter,
            BigDecimal annualCostCpPlan,
            BigDecimal annualCostLookedAfter,
            BigDecimal annualTarget,
            LocalDate firstYearStarts,
            List<Year> years,
            List<Scenario> scenarios) {

        public Terms(
                LocalDate baselineDate,
                int baselineCpChildren,
                Integer baselineLookedAfter,
                BigDecimal annualCostCpPlan,
                BigDecimal annualCostLookedAfter,
                BigDecimal annualTarget) {
            this(
                    baselineDate,
                    baselineCpChildren,
                    baselineLookedAfter,
                    annualCostCpPlan,
                    annualCostLookedAfter,
                    annualTarget,
                    null,
                    List.of(),
                    List.of());
        }
    }

    /** A year of the case: what the council invests and what grant it receives. */
    public record Year(int year, BigDecimal investment, BigDecimal grant) {}

    /**
     * A scenario of cost avoidance: the yearly figures the report states (null for a year it states
     * none), and the total it states over all the years (null when it states none).
     */
    public record Scenario(String name, List<BigDecimal> yearly, BigDecimal statedTotal) {}

    @Embeddable
    public static class YearLine {
        @Column(name = "year_no")
        int yearNo;

        @Column(name = "investment")
        BigDecimal investment;

        @Column(name = "grant_funding")
        BigDecimal grantFunding;

        protected YearLine() {}

        YearLine(int yearNo, BigDecimal investment, BigDecimal grantFunding) {
            this.yearNo = yearNo;
            this.investment = investment;
            this.grantFunding = grantFunding;
        }
    }

    @Embeddable
    public static class ScenarioLine {
        @Column(name = "name")
        String name;

        @Column(name = "position")
        int position;

        @Column(name = "stated_total")
        BigDecimal statedTotal;

        protected ScenarioLine() {}

        ScenarioLine(String name, int position, BigDecimal statedTotal) {
            this.name = name;
            this.position = position;
            this.statedTotal = statedTotal;
        }
    }

    @Embeddable
    public static class TargetLine {
        @Column(name = "scenario")
        String scenario;

        @Column(name = "year_no")
        int yearNo;

        @Column(name = "amount")
        BigDecimal amount;

        protected TargetLine() {}

        TargetLine(String scenario, int yearNo, BigDecimal amount) {
            this.scenario = scenario;
            this.yearNo = yearNo;
            this.amount = amount;
        }
    }

    public static BusinessCase set(String councilCode, Terms terms, String by, Instant now) {
        var businessCase = new BusinessCase();
        businessCase.councilCode = councilCode;
        businessCase.createdAt = now;
        businessCase.change(terms, by, now);
        return businessCase;
    }

    public void change(Terms terms, String by, Instant now) {
        BusinessCaseRules.requireConsistent(terms);
        baselineDate = terms.baselineDate();
        baselineCpChildren = terms.baselineCpChildren();
        baselineLookedAfter = terms.baselineLookedAfter();
        annualCostCpPlan = money(terms.annualCostCpPlan());
        annualCostLookedAfter = money(terms.annualCostLookedAfter());
        annualTarget = money(terms.annualTarget());
        firstYearStarts = terms.firstYearStarts();
        years.clear();
        terms.years()
                .forEach(y -> years.add(new YearLine(
                        y.year(),
                        money(y.investment()),
                        y.grant() == null ? money(BigDecimal.ZERO) : money(y.grant()))));
        scenarios.clear();
        targets.clear();
        for (int i = 0; i < terms.scenarios().size(); i++) {
            Scenario scenario = terms.scenarios().get(i);
            scenarios.add(new ScenarioLine(scenario.name(), i, money(scenario.statedTotal())));
            for (int y = 0; y < scenario.yearly().size(); y++) {
                if (scenario.yearly().get(y) != null) {
                    targets.add(new TargetLine(
                            scenario.name(), y + 1, money(scenario.yearly().get(y))));
                }
            }
        }
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * The yearly cost avoided at the end of a period: children fewer than the baseline on child
     * protection plans and in care, each at its yearly cost. Negative when numbers rose. Empty when
     * the case gives no unit costs or looked-after baseline (a report need not). The target is the
     * first scenario's for the model year the day falls in, where the case has years; else the
     * yearly target.
     */
    public java.util.Optional<CostAvoidance> avoidance(long onCpPlansAtEnd, long lookedAfterAtEnd, LocalDate on) {
        if (annualCostCpPlan == null || annualCostLookedAfter == null || baselineLookedAfter == null) {
            return java.util.Optional.empty();
        }
        long fewerCp = baselineCpChildren - onCpPlansAtEnd;
        long fewerLookedAfter = baselineLookedAfter - lookedAfterAtEnd;
        BigDecimal annual = annualCostCpPlan
                .multiply(BigDecimal.valueOf(fewerCp))
                .add(annualCostLookedAfter.multiply(BigDecimal.valueOf(fewerLookedAfter)));
        BigDecimal target = targetOn(on).orElse(annualTarget);
        BigDecimal ofTarget = target == null || target.signum() == 0
                ? null
                : annual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        return java.util.Optional.of(new CostAvoidance(fewerCp, fewerLookedAfter, money(annual), target, ofTarget));
    }

    public CostAvoidance avoidance(long onCpPlansAtEnd, long lookedAfterAtEnd) {
        return avoidance(onCpPlansAtEnd, lookedAfterAtEnd, null).orElseThrow();
    }

    /** The model year (1, 2, ...) the day falls in; empty without a first year or before it. */
    public java.util.Optional<Integer> modelYearOf(LocalDate day) {
        if (firstYearStarts == null || day == null || day.isBefore(firstYearStarts)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((int) java.time.temporal.ChronoUnit.YEARS.between(firstYearStarts, day) + 1);
    }

    private java.util.Optional<BigDecimal> targetOn(LocalDate day) {
        if (scenarios.isEmpty()) {
            return java.util.Optional.empty();
        }
        String first = scenarios.stream()
                .min(java.util.Comparator.comparingInt(s -> s.position))
                .orElseThrow()
                .name;
        return modelYearOf(day)
                .flatMap(y -> targets.stream()
                        .filter(t -> t.scenario.equals(first) && t.yearNo == y)
                        .map(t -> t.amount)
                        .findFirst());
    }

    /** The case year by year, each scenario with its stated figures, totals and net position. */
    public BusinessCasePosition position() {
        return BusinessCasePosition.of(
                years.stream()
                        .sorted(java.util.Comparator.comparingInt(y -> y.yearNo))
                        .map(y -> new Year(y.yearNo, y.investment, y.grantFunding))
                        .toList(),
                scenarioTerms());
    }

    /** The scenarios as entered, the lowest first. */
    public List<Scenario> scenarioTerms() {
        int span = Math.max(
                years.size(), targets.stream().mapToInt(t -> t.yearNo).max().orElse(0));
        return scenarios.stream()
                .sorted(java.util.Comparator.comparingInt(s -> s.position))
                .map(s -> {
                    var yearly = new ArrayList<BigDecimal>();
                    for (int y = 1; y <= span; y++) {
                        int year = y;
                        yearly.add(targets.stream()
                                .filter(t -> t.scenario.equals(s.name) && t.yearNo == year)
                                .map(t -> t.amount)
                                .findFirst()
                                .orElse(null));
                    }
                    return new Scenario(s.name, yearly, s.statedTotal);
                })
                .toList();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public String councilCode() {
        return councilCode;
    }

    public LocalDate baselineDate() {
        return baselineDate;
    }

    public int baselineCpChildren() {
        return baselineCpChildren;
    }

    public LocalDate firstYearStarts() {
        return firstYearStarts;
    }

    public Integer baselineLookedAfter() {
        return baselineLookedAfter;
    }

    public BigDecimal annualCostCpPlan() {
        return annualCostCpPlan;
    }

    public BigDecimal annualCostLookedAfter() {
        return annualCostLookedAfter;
    }

    public BigDecimal annualTarget() {
        return annualTarget;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
