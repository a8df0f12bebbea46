package org.familysafeguarding.contracts.domain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.contracts.domain.procurement.DecisionLevel;
import org.familysafeguarding.contracts.domain.procurement.ProcurementRegime;
import org.familysafeguarding.contracts.domain.procurement.ServiceType;

/**
 * A council's contract with a partner agency: what is bought, its term and money by financial
 * year, and where it is in its life. Every move to another state is checked here and recorded as
 * a {@link ContractTransition}.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private ServiceType serviceType;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "initial_end_date", nullable = false)
    private LocalDate initialEndDate;

    @Column(name = "extension_options", nullable = false)
    private String extensionOptions;

    @Column(name = "extension_decision_by")
    private LocalDate extensionDecisionBy;

    @Column(name = "mobilisation_days", nullable = false)
    private int mobilisationDays;

    /** The end as it stands: the initial end, moved by extensions and variations. */
    @Column(name = "current_end_date", nullable = false)
    private LocalDate currentEndDate;

    @Column(name = "extensions_taken", nullable = false)
    private int extensionsTaken;

    @Column(name = "extension_months_taken", nullable = false)
    private int extensionMonthsTaken;

    /** The sum of the value changes of variations. */
    @Column(name = "varied_value", nullable = false)
    private BigDecimal variedValue = BigDecimal.ZERO;

    @Column(name = "mobilisation_started_on")
    private LocalDate mobilisationStartedOn;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "live_on")
    private LocalDate liveOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "annual_value", nullable = false)
    private BigDecimal annualValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_basis", nullable = false)
    private VatBasis vatBasis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_year_value", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<YearValue> years = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_funding", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<FundingLine> funding = new HashSet<>();

    @Column(name = "procurement_check_id")
    private UUID procurementCheckId;

    @Column(name = "awarded_at_risk", nullable = false)
    private boolean awardedAtRisk;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_service", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "service", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<CommissionedService> services = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contract() {}

    public static Contract plan(String councilCode, ContractDetails details, Instant now) {
        var contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.councilCode = councilCode;
        contract.state = ContractState.PLANNED;
        contract.createdAt = now;
        contract.change(details, now);
        return contract;
    }

    /** Changes the register entry; the money profile goes back to pro-rata from the new term and value. */
    public void change(ContractDetails details, Instant now) {
        if (state != null && !state.beforeAward()) {
            throw new ContractRuleViolated(
                    "contract-already-awarded",
                    "The contract is " + state + ": change its value, term or scope by a variation.");
        }
        if (details.services() == null || details.services().isEmpty()) {
            throw new ContractRuleViolated(
                    "services-required", "Name at least one partner service type the contract buys.");
        }
        this.title = details.title().strip();
        this.description = details.description();
        this.serviceType = details.serviceType();
        this.agencyId = details.agencyId();
        Term term = details.term();
        this.startDate = term.start();
        this.initialEndDate = term.initialEnd();
        this.extensionOptions = term.writtenOptions();
        this.extensionDecisionBy = term.extensionDecisionBy();
        this.mobilisationDays = term.mobilisationDays();
        this.currentEndDate = term.initialEnd();
        this.annualValue = details.annualValue();
        this.vatBasis = details.vatBasis();
        this.services.clear();
        this.services.addAll(details.services());
        this.years.clear();
        this.years.addAll(proRata(term, annualValue));
        this.funding.clear();
        this.updatedAt = now;
    }

    /** The value of each financial year of the initial term, in proportion to the days of the term in it. */
    static List<YearValue> proRata(Term term, BigDecimal annualValue) {
        return FinancialYear.spanning(term.start(), term.initialEnd()).stream()
                .map(year -> new YearValue(
                        year.toString(),
                        annualValue
                                .multiply(BigDecimal.valueOf(year.daysOf(term.start(), term.initialEnd())))
                                .divide(BigDecimal.valueOf(year.days()), 2, RoundingMode.HALF_UP)))
                .toList();
    }

    /**
     * Replaces the profile by financial year: every year of the initial term once, no other; where
     * funding sources are given they add up to the year's value.
     */
    public void reprofile(List<YearPlan> plan, Instant now) {
        Set<String> termYears = FinancialYear.spanning(startDate, initialEndDate).stream()
                .map(FinancialYear::toString)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> given = new java.util.TreeSet<>();
        for (YearPlan year : plan) {
            String written = FinancialYear.parse(year.financialYear()).toString();
            if (!given.add(written)) {
                throw new ContractRuleViolated("financial-year-repeated", "The year " + written + " is given twice.");
            }
            if (!year.funding().isEmpty()) {
                BigDecimal funded =
                        year.funding().stream().map(YearPlan.Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (funded.compareTo(year.amount()) != 0) {
                    throw new ContractRuleViolated(
                            "funding-does-not-add-up",
                            "The funding of " + written + " adds up to " + funded + ", not the year's " + year.amount()
                                    + ".");
                }
                if (year.funding().stream()
                                .map(f -> f.source().strip().toLowerCase())
                                .distinct()
                                .count()
                        != year.funding().size()) {
                    throw new ContractRuleViolated(
                            "funding-source-repeated", "A funding source is repeated in " + written + ".");
                }
            }
        }
        if (!given.equals(termYears)) {
            throw new ContractRuleViolated(
                    "profile-years-mismatch",
                    "The profile must give exactly the financial years " + "of the initial term " + termYears
                            + "; it gives " + given + ".");
        }
        years.clear();
        funding.clear();
        for (YearPlan year : plan) {
            String written = FinancialYear.parse(year.financialYear()).toString();
            years.add(new YearValue(written, year.amount()));
            year.funding()
                    .forEach(
                            f -> funding.add(new FundingLine(written, f.source().strip(), f.amount())));
        }
        updatedAt = now;
    }

    /** Moves the contract on if the rules allow it, and returns the record of the move. */
    public ContractTransition moveTo(TransitionDecision d, TransitionFacts facts, String recordedBy, Instant now) {
        if (!state.next().contains(d.to())) {
            throw new ContractRuleViolated(
                    "transition-not-allowed",
                    "A contract " + state + " cannot move to " + d.to()
                            + (state.next().isEmpty()
                                    ? "."
                                    : "; from " + state + " it may move to "
                                            + state.next().stream().sorted().toList() + "."));
        }
        UUID checkId = null;
        UUID provider = null;
        switch (d.to()) {
            case IN_PROCUREMENT -> checkId = requirePermittedRoute(d, facts);
            case AWARDED -> {
                provider = d.agencyId() != null ? d.agencyId() : agencyId;
                checkId = requireAwardable(d, facts, provider);
                this.agencyId = provider;
                this.awardedOn = d.effectiveOn();
            }
            case MOBILISING -> {
                requireNotBefore(d, "awarded", awardedOn);
                this.mobilisationStartedOn = d.effectiveOn();
            }
            case LIVE -> {
                LocalDate mobilised = mobilisationStartedOn.plusDays(mobilisationDays);
                if (d.effectiveOn().isBefore(mobilised)) {
                    throw new ContractRuleViolated(
                            "mobilisation-not-complete",
                            "Mobilisation of " + mobilisationDays
                                    + " days from " + mobilisationStartedOn + " runs until " + mobilised
                                    + "; the contract cannot go live on " + d.effectiveOn() + ".");
                }
                this.liveOn = d.effectiveOn();
            }
            case ENDED -> {
                if (d.endReason() == null) {
                    throw new ContractRuleViolated(
                            "end-reason-required", "Say why the contract ends: EXPIRED, TERMINATED or DECOMMISSIONED.");
                }
                requireNotBefore(d, "awarded", awardedOn);
                requireNotBefore(d, "mobilising", mobilisationStartedOn);
                requireNotBefore(d, "live", liveOn);
                this.endReason = d.endReason();
                this.endedOn = d.effectiveOn();
            }
            default -> {}
        }
        ContractState from = state;
        this.state = d.to();
        this.updatedAt = now;
        return ContractTransition.of(id, from, d, checkId, provider, recordedBy, now);
    }

    /** Award, mobilisation, go-live and end follow each other in time: a later step is not dated before an earlier one. */
    private static void requireNotBefore(TransitionDecision d, String step, LocalDate earlier) {
        if (earlier != null && d.effectiveOn().isBefore(earlier)) {
            throw new ContractRuleViolated(
                    "dates-out-of-order",
                    "The contract was " + step + " on " + earlier + "; it cannot be " + d.to() + " on "
                            + d.effectiveOn() + ".");
        }
    }

    /**
     * The check must be of the decision taken: the same service type, a value at least the
     * contract's maximum value (every option and extension, PCR reg 6 / PA s4) on the contract's VAT
     * basis, a decision date on or before this one, and a permitted route - or, for an award the
     * council takes at risk, a refused route recorded as such.
     */
    private UUID requirePermittedRoute(TransitionDecision d, TransitionFacts facts) {
        var check = facts.check();
        if (check == null) {
            throw new ContractRuleViolated(
                    "procurement-check-required",
                    "Name the procurement check of the proposed "
                            + "route (POST /procurement-checks) that this decision rests on.");
        }
        if (check.serviceType() != serviceType) {
            throw new ContractRuleViolated(
                    "procurement-check-mismatch",
                    "The procurement check is for " + check.serviceType() + ", the contract for " + serviceType + ".");
        }
        if (vatBasis == VatBasis.VAT_EXEMPT && check.vat().signum() != 0) {
            throw new ContractRuleViolated(
                    "procurement-check-vat-mismatch",
                    "The contract is VAT exempt; the check " + "counted VAT of " + check.vat() + ".");
        }
        BigDecimal checked = vatBasis == VatBasis.INCLUDING_VAT
                ? check.estimatedLifetimeValue().add(check.vat())
                : check.estimatedLifetimeValue();
        if (checked.compareTo(maximumValue()) < 0) {
            throw new ContractRuleViolated(
                    "procurement-check-value-too-low",
                    "The check assessed " + checked
                            + " (" + vatBasis + "); the contract's maximum value with every option is " + maximumValue()
                            + ": check the decision actually taken.");
        }
        if (check.decisionDate().isAfter(d.effectiveOn())) {
            throw new ContractRuleViolated(
                    "procurement-check-after-decision",
                    "The check is of a decision of " + check.decisionDate() + ", after this one of " + d.effectiveOn()
                            + ".");
        }
        if (!check.routePermitted()) {
            if (d.to() != ContractState.AWARDED || !d.awardedAtRisk()) {
                throw new ContractRuleViolated(
                        "route-not-permitted",
                        "The route " + check.proposedRoute() + " is not permitted: " + check.routeReason());
            }
            if (d.reason() == null || d.reason().isBlank()) {
                throw new ContractRuleViolated(
                        "at-risk-reason-required",
                        "An award at risk records why the council " + "takes it although the route is refused.");
            }
        }
        this.procurementCheckId = check.id();
        return check.id();
    }

    private UUID requireAwardable(TransitionDecision d, TransitionFacts facts, UUID provider) {
        if (provider == null) {
            throw new ContractRuleViolated("provider-required", "An award names the provider agency.");
        }
        if (!facts.agencyKnown()) {
            throw new ContractRuleViolated(
                    "provider-unknown", "Agency " + provider + " is not a partner agency known here.");
        }
        if (!facts.agencyAccredited()) {
            throw new ContractRuleViolated(
                    "provider-not-accredited",
                    "Agency " + provider + " is not accredited by " + councilCode + " on " + d.effectiveOn() + ".");
        }
        if (d.decisionReportRef() == null || d.decisionReportRef().isBlank()) {
            throw new ContractRuleViolated("decision-report-required", "An award cites its decision report.");
        }
        UUID checkId = requirePermittedRoute(d, facts);
        this.awardedAtRisk = !facts.check().routePermitted();
        if (facts.thresholds() != null) {
            DecisionLevel required = facts.thresholds().levelFor(maximumValue());
            if (d.decisionLevel().compareTo(required) < 0) {
                throw new ContractRuleViolated(
                        "decision-level-too-low",
                        "A contract of maximum value " + maximumValue()
                                + " is decided at " + required + " level or above under the council's thresholds, not "
                                + d.decisionLevel() + ".");
            }
        }
        return checkId;
    }

    /**
     * Records a change to the live contract. An extension takes the next remaining option (up to its
     * months); a variation moves the value, end or scope and is flagged by the change rules.
     */
    public ContractVariation amend(ContractChange change, ChangeRules rules, String recordedBy, Instant now) {
        return amend(change, rules, null, recordedBy, now);
    }

    /** @param awardedUnder the regime the contract was awarded under (its procurement check's), null when not known */
    public ContractVariation amend(
            ContractChange change, ChangeRules rules, ProcurementRegime awardedUnder, String recordedBy, Instant now) {
        if (state != ContractState.LIVE) {
            throw new ContractRuleViolated(
                    "contract-not-live", "Only a live contract is extended or varied; this one is " + state + ".");
        }
        if (change.effectiveOn().isAfter(currentEndDate)) {
            throw new ContractRuleViolated(
                    "contract-term-over",
                    "The contract's term ends on " + currentEndDate + "; a change cannot take effect on "
                            + change.effectiveOn() + ".");
        }
        LocalDate endBefore = currentEndDate;
        return switch (change.kind()) {
            case EXTENSION -> extend(change, endBefore, recordedBy, now);
            case VARIATION -> vary(change, rules, awardedUnder, endBefore, recordedBy, now);
        };
    }

    private ContractVariation extend(ContractChange change, LocalDate endBefore, String recordedBy, Instant now) {
        List<Integer> options = term().extensionOptionMonths();
        if (extensionsTaken >= options.size()) {
            throw new ContractRuleViolated("no-extension-left", "No extension option remains (of " + options + ").");
        }
        int next = options.get(extensionsTaken);
        Integer months = change.extensionMonths();
        if (months == null || months < 1 || months > next) {
            throw new ContractRuleViolated(
                    "extension-beyond-option",
                    "The next extension option is up to " + next + " months; " + months + " asked.");
        }
        extensionsTaken++;
        extensionMonthsTaken += months;
        currentEndDate = currentEndDate.plusMonths(months);
        updatedAt = now;
        BigDecimal value = annualValue
                .multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        return ContractVariation.of(id, change, value, endBefore, currentEndDate, ChangeFlags.NONE, recordedBy, now);
    }

    private ContractVariation vary(
            ContractChange change,
            ChangeRules rules,
            ProcurementRegime awardedUnder,
            LocalDate endBefore,
            String recordedBy,
            Instant now) {
        BigDecimal valueChange = change.valueChange() == null ? BigDecimal.ZERO : change.valueChange();
        boolean scope = change.scopeChange() != null && !change.scopeChange().isBlank();
        if (valueChange.signum() == 0 && change.newEnd() == null && !scope) {
            throw new ContractRuleViolated("variation-empty", "A variation changes the value, the end or the scope.");
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw new ContractRuleViolated("variation-reason-required", "A variation records its reason.");
        }
        BigDecimal before = currentValue();
        if (before.add(valueChange).signum() < 0) {
            throw new ContractRuleViolated(
                    "value-below-zero",
                    "A reduction of " + valueChange.negate() + " exceeds the contract's value of " + before + ".");
        }
        LocalDate newEnd = change.newEnd() == null ? currentEndDate : change.newEnd();
        if (!newEnd.isAfter(startDate) || newEnd.isBefore(change.effectiveOn())) {
            throw new ContractRuleViolated(
                    "new-end-invalid",
                    "The new end " + newEnd + " must follow both the start and the date the change takes effect.");
        }
        long maxTermDays = java.time.temporal.ChronoUnit.DAYS.between(startDate, term().latestPossibleEnd()) + 1;
        long termChangeDays = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(currentEndDate, newEnd));
        // the PSR measures a change against the contract as entered into, with every earlier change (reg 6)
        ChangeFlags flags = rules.assess(
                serviceType,
                awardedUnder,
                before,
                valueChange,
                lifetimeValue(),
                variedValue.add(valueChange),
                maxTermDays,
                termChangeDays);
        variedValue = variedValue.add(valueChange);
        currentEndDate = newEnd;
        if (scope) {
            description = ((description == null ? "" : description + "\n") + "Varied " + change.effectiveOn() + ": "
                    + change.scopeChange().strip());
            if (description.length() > 4000) {
                throw new ContractRuleViolated(
                        "description-too-long", "The description with this scope change " + "exceeds 4000 characters.");
            }
        }
        updatedAt = now;
        return ContractVariation.of(id, change, valueChange, endBefore, newEnd, flags, recordedBy, now);
    }

    /** The value as it stands: the initial term, the extensions taken, and every variation. */
    public BigDecimal currentValue() {
        return lifetimeValue()
                .add(annualValue
                        .multiply(BigDecimal.valueOf(extensionMonthsTaken))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP))
                .add(variedValue);
    }

    public BigDecimal lifetimeValue() {
        return years.stream().map(YearValue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lifetime value of the initial term plus every extension option at the annual value, and any variation. */
    public BigDecimal maximumValue() {
        return lifetimeValue()
                .add(annualValue
                        .multiply(BigDecimal.valueOf(term().extensionMonths()))
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP))
                .add(variedValue);
    }

    public Term term() {
        return new Term(
                startDate, initialEndDate, Term.readOptions(extensionOptions), extensionDecisionBy, mobilisationDays);
    }

    public List<YearValue> profile() {
        return years.stream()
                .sorted(Comparator.comparing(YearValue::financialYear))
                .toList();
    }

    public List<FundingLine> funding() {
        return funding.stream()
                .sorted(Comparator.comparing(FundingLine::financialYear).thenComparing(FundingLine::source))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ContractState state() {
        return state;
    }

    public EndReason endReason() {
        return endReason;
    }

    public LocalDate mobilisationStartedOn() {
        return mobilisationStartedOn;
    }

    public LocalDate currentEndDate() {
        return currentEndDate;
    }

    public int extensionsTaken() {
        return extensionsTaken;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public LocalDate liveOn() {
        return liveOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public BigDecimal annualValue() {
        return annualValue;
    }

    public VatBasis vatBasis() {
        return vatBasis;
    }

    public UUID procurementCheckId() {
        return procurementCheckId;
    }

    public boolean awardedAtRisk() {
        return awardedAtRisk;
    }

    public long version() {
        return version;
    }

    /** The partner service types bought, in their declared order. */
    public List<CommissionedService> services() {
        return services.stream().sorted().toList();
    }
}
