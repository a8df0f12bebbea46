package org.familysafeguarding.caseload.domain.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A council's business case for the model: how many children were on child protection plans and
 * looked after at its baseline, what each costs the council a year, and the yearly cost avoidance
 * it aims for (Bury's 2022 case, for one, aimed at GBP 1.097m a year by year 3).
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

    @Column(name = "baseline_looked_after", nullable = false)
    private int baselineLookedAfter;

    @Column(name = "annual_cost_cp_plan", nullable = false)
    private BigDecimal annualCostCpPlan;

    @Column(name = "annual_cost_looked_after", nullable = false)
    private BigDecimal annualCostLookedAfter;

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

    protected BusinessCase() {
    }

    public record Terms(LocalDate baselineDate, int baselineCpChildren, int baselineLookedAfter,
            BigDecimal annualCostCpPlan, BigDecimal annualCostLookedAfter, BigDecimal annualTarget) {
    }

    public static BusinessCase set(String councilCode, Terms terms, String by, Instant now) {
        var businessCase = new BusinessCase();
        businessCase.councilCode = councilCode;
        businessCase.createdAt = now;
        businessCase.change(terms, by, now);
        return businessCase;
    }

    public void change(Terms terms, String by, Instant now) {
        baselineDate = terms.baselineDate();
        baselineCpChildren = terms.baselineCpChildren();
        baselineLookedAfter = terms.baselineLookedAfter();
        annualCostCpPlan = money(terms.annualCostCpPlan());
        annualCostLookedAfter = money(terms.annualCostLookedAfter());
        annualTarget = terms.annualTarget() == null ? null : money(terms.annualTarget());
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * The yearly cost avoided at the end of a period: children fewer than the baseline on child
     * protection plans and in care, each at its yearly cost. Negative when numbers rose.
     */
    public CostAvoidance avoidance(long onCpPlansAtEnd, long lookedAfterAtEnd) {
        long fewerCp = baselineCpChildren - onCpPlansAtEnd;
        long fewerLookedAfter = baselineLookedAfter - lookedAfterAtEnd;
        BigDecimal annual = annualCostCpPlan.multiply(BigDecimal.valueOf(fewerCp))
                .add(annualCostLookedAfter.multiply(BigDecimal.valueOf(fewerLookedAfter)));
        BigDecimal ofTarget = annualTarget == null || annualTarget.signum() == 0 ? null
                : annual.multiply(BigDecimal.valueOf(100)).divide(annualTarget, 1, RoundingMode.HALF_UP);
        return new CostAvoidance(fewerCp, fewerLookedAfter, money(annual), annualTarget, ofTarget);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
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

    public int baselineLookedAfter() {
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
