package org.familysafeguarding.contracts.domain.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposed procurement decision as it was checked, kept so that the decision taken on it can
 * point to the check (who asked, when, and what the rules said then).
 */
@Entity
@Table(name = "procurement_check")
public class ProcurementCheck {

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false)
    private ServiceType serviceType;

    @Column(name = "estimated_lifetime_value", nullable = false)
    private BigDecimal estimatedLifetimeValue;

    @Column(nullable = false)
    private BigDecimal vat;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_route", nullable = false)
    private ProcurementRoute proposedRoute;

    @Enumerated(EnumType.STRING)
    private DirectAwardGround ground;

    @Column(name = "waiver_reason")
    private String waiverReason;

    @Column(name = "existing_lifetime_value")
    private BigDecimal existingLifetimeValue;

    @Column(name = "materially_different", nullable = false)
    private boolean materiallyDifferent;

    @Column(name = "procurement_commenced_on")
    private LocalDate procurementCommencedOn;

    @Column(name = "only_existing_provider_capable")
    private Boolean onlyExistingProviderCapable;

    @Column(name = "patient_choice_of_providers")
    private Boolean patientChoiceOfProviders;

    @Column(name = "provided_for_in_contract")
    private Boolean providedForInContract;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProcurementRegime regime;

    @Column(name = "threshold_reached")
    private Boolean thresholdReached;

    @Column(name = "route_permitted", nullable = false)
    private boolean routePermitted;

    @Column(name = "route_reason", nullable = false)
    private String routeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level")
    private DecisionLevel decisionLevel;

    /** The whole assessment as answered, in JSON. */
    @Column(nullable = false)
    private String assessment;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected ProcurementCheck() {}

    public static ProcurementCheck record(
            ProposedDecision decision,
            ProcurementAssessment outcome,
            String assessmentJson,
            String checkedBy,
            Instant now) {
        var check = new ProcurementCheck();
        check.id = UUID.randomUUID();
        check.councilCode = decision.councilCode();
        check.serviceType = decision.serviceType();
        check.estimatedLifetimeValue = decision.estimatedLifetimeValue();
        check.vat = decision.vat();
        check.decisionDate = decision.decisionDate();
        check.proposedRoute = decision.route();
        check.ground = decision.ground();
        check.waiverReason = decision.waiverReason();
        check.existingLifetimeValue = decision.existingLifetimeValue();
        check.materiallyDifferent = decision.materiallyDifferent();
        check.procurementCommencedOn = decision.procurementCommencedOn();
        check.onlyExistingProviderCapable = decision.onlyExistingProviderCapable();
        check.patientChoiceOfProviders = decision.patientChoiceOfProviders();
        check.providedForInContract = decision.providedForInContract();
        check.regime = outcome.regime();
        check.thresholdReached = outcome.thresholdReached();
        check.routePermitted = outcome.proposedRoute().permitted();
        check.routeReason = outcome.proposedRoute().reason();
        check.decisionLevel = outcome.decisionLevel();
        check.assessment = assessmentJson;
        check.checkedBy = checkedBy;
        check.checkedAt = now;
        return check;
    }

    public ProposedDecision proposal() {
        return new ProposedDecision(
                councilCode,
                serviceType,
                estimatedLifetimeValue,
                vat,
                decisionDate,
                proposedRoute,
                ground,
                waiverReason,
                existingLifetimeValue,
                materiallyDifferent,
                procurementCommencedOn,
                onlyExistingProviderCapable,
                patientChoiceOfProviders,
                providedForInContract);
    }

    public ProcurementRegime regime() {
        return regime;
    }

    public BigDecimal estimatedLifetimeValue() {
        return estimatedLifetimeValue;
    }

    public BigDecimal vat() {
        return vat;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    public ProcurementRoute proposedRoute() {
        return proposedRoute;
    }

    public String routeReason() {
        return routeReason;
    }

    public boolean routePermitted() {
        return routePermitted;
    }

    public String assessmentJson() {
        return assessment;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
