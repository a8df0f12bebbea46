package org.familysafeguarding.contracts.domain.procurement;

import static org.familysafeguarding.contracts.domain.procurement.ProcurementRoute.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The UK procurement rules a council's commissioning decision must follow: the regime, the
 * threshold and whether it is reached, the routes permitted, the notices and standstill, and who
 * decides. Every number and date comes from {@link ProcurementReferenceData}.
 */
public class ProcurementRules {

    private static final List<String> LIGHT_TOUCH = List.of("light_touch_services", "light_touch");
    private static final List<String> SERVICES = List.of("supplies_services");

    private final ProcurementReferenceData data;

    public ProcurementRules(ProcurementReferenceData data) {
        this.data = data;
    }

    /** @param thresholds the council's decision thresholds, or null when not known */
    public ProcurementAssessment assess(ProposedDecision decision, CouncilDecisionThresholds thresholds) {
        Frame frame = frame(decision);
        List<RouteCheck> routes = Arrays.stream(ProcurementRoute.values()).map(r -> general(r, decision, frame)).toList();
        RouteCheck proposed = proposed(decision, frame);
        var notices = data.routeNotices(frame.regime, decision.route(), Boolean.TRUE.equals(frame.reached));
        List<Notice> noticeList = notices.map(n -> n.notices().stream()
                .filter(rule -> rule.onlyFromContractType() == null || reaches(decision, rule.onlyFromContractType()))
                .map(rule -> new Notice(rule.code(), data.noticeName(rule.code()))).toList()).orElse(List.of());
        String standstill = notices.map(n -> switch (n.standstill()) {
            case "none" -> null;
            case "PSR" -> data.psrStandstill();
            default -> n.standstill();
        }).orElse(null);
        BigDecimal value = decision.estimatedLifetimeValue();
        return new ProcurementAssessment(frame.regime, frame.threshold, frame.comparedValue, frame.reached, routes,
                proposed, noticeList, standstill, thresholds == null ? null : thresholds.levelFor(value),
                thresholds != null && thresholds.isKeyDecision(value));
    }

    private record Frame(ProcurementRegime regime, Threshold threshold, BigDecimal comparedValue, Boolean reached) {
    }

    private Frame frame(ProposedDecision decision) {
        if (decision.serviceType() == ServiceType.HEALTH_CARE_SERVICES
                && !decision.decisionDate().isBefore(data.psrInForce())) {
            return new Frame(ProcurementRegime.PSR2023, null, decision.estimatedLifetimeValue(), null);
        }
        List<String> types = decision.serviceType() == ServiceType.OTHER_SERVICES ? SERVICES : LIGHT_TOUCH;
        Threshold threshold = data.threshold(decision.decisionDate(), types).orElseThrow(() ->
                new ProcurementRuleViolated("no-threshold-in-force", "No procurement threshold for "
                        + decision.serviceType() + " is known on " + decision.decisionDate() + "."));
        BigDecimal compared = compared(decision, threshold);
        return new Frame(ProcurementRegime.valueOf(threshold.regime()), threshold, compared,
                threshold.reachedBy(compared));
    }

    private static BigDecimal compared(ProposedDecision decision, Threshold threshold) {
        return threshold.vatInclusive() ? decision.estimatedLifetimeValue().add(decision.vat())
                : decision.estimatedLifetimeValue();
    }

    private boolean reaches(ProposedDecision decision, String contractType) {
        return data.threshold(decision.decisionDate(), List.of(contractType))
                .filter(t -> t.reachedBy(compared(decision, t))).isPresent();
    }

    private RouteCheck general(ProcurementRoute route, ProposedDecision decision, Frame frame) {
        if (frame.regime == ProcurementRegime.PSR2023) {
            if (!route.isPsr()) {
                return RouteCheck.refused(route, "Health care services are arranged under the "
                        + ProcurementRegime.PSR2023.title() + " (in force from " + data.psrInForce()
                        + ") whatever their value: use a PSR route.");
            }
            String conditions = String.join("; ", data.psrConditions(route.psrCode()));
            return RouteCheck.permitted(route, "On the conditions of the PSR: " + conditions + ".");
        }
        if (route.isPsr()) {
            return RouteCheck.refused(route, decision.serviceType() == ServiceType.HEALTH_CARE_SERVICES
                    ? "The PSR is in force only from " + data.psrInForce() + "; this decision falls under the "
                            + frame.regime.title() + "."
                    : "The PSR applies only to health care services.");
        }
        boolean reached = frame.reached;
        return switch (route) {
            case OPEN_COMPETITION -> RouteCheck.permitted(route, reached
                    ? "A competitive procedure under the " + frame.regime.title() + "."
                    : "Below threshold: competition under the council's Contract Procedure Rules.");
            case DIRECT_AWARD -> RouteCheck.permitted(route, "Only with a ground: " + grounds(frame.regime,
                    decision.serviceType()) + (reached ? "." : "; without one, a waiver of the Contract Procedure Rules."));
            case CPR_WAIVER -> reached
                    ? RouteCheck.refused(route, "The value " + frame.comparedValue + " reaches the threshold of "
                            + frame.threshold.amount() + thresholdBasis(frame.threshold) + ": a waiver of the council's "
                            + "Contract Procedure Rules cannot set the " + frame.regime.title() + " aside.")
                    : RouteCheck.permitted(route, "Below threshold, with the reason for the waiver recorded.");
            default -> throw new IllegalStateException("unexpected route " + route);
        };
    }

    private RouteCheck proposed(ProposedDecision decision, Frame frame) {
        ProcurementRoute route = decision.route();
        RouteCheck general = general(route, decision, frame);
        if (!general.permitted()) {
            return general;
        }
        return switch (route) {
            case DIRECT_AWARD -> directAward(decision, frame);
            case CPR_WAIVER -> decision.waiverReason() == null || decision.waiverReason().isBlank()
                    ? RouteCheck.refused(route, "A waiver of the Contract Procedure Rules needs a recorded reason.")
                    : RouteCheck.permitted(route, "Below threshold; waiver reason: " + decision.waiverReason().strip());
            case PSR_DIRECT_AWARD_C -> directAwardC(decision);
            default -> general;
        };
    }

    private RouteCheck directAward(ProposedDecision decision, Frame frame) {
        if (decision.ground() == null) {
            return RouteCheck.refused(DIRECT_AWARD, frame.reached
                    ? "A direct award at or above the threshold of " + frame.threshold.amount()
                            + thresholdBasis(frame.threshold) + " needs a ground: "
                            + grounds(frame.regime, decision.serviceType()) + "."
                    : "Below threshold, a direct award without a ground needs a waiver of the council's Contract "
                            + "Procedure Rules with a reason (route CPR_WAIVER).");
        }
        String provision = decision.ground().provisionIn(frame.regime, decision.serviceType());
        if (provision == null) {
            return RouteCheck.refused(DIRECT_AWARD, "The ground " + decision.ground() + " is not available under the "
                    + frame.regime.title() + " for " + decision.serviceType() + ".");
        }
        return RouteCheck.permitted(DIRECT_AWARD, "Ground: " + provision + ".");
    }

    private RouteCheck directAwardC(ProposedDecision decision) {
        BigDecimal existing = decision.existingLifetimeValue();
        if (existing == null) {
            return RouteCheck.refused(PSR_DIRECT_AWARD_C, "Direct Award C replaces an existing contract on its expiry: "
                    + "give the lifetime value of the contract it replaces.");
        }
        if (decision.materiallyDifferent()) {
            return RouteCheck.refused(PSR_DIRECT_AWARD_C, "Considerable change: the new contract is materially "
                    + "different in character from the existing one, so Direct Award C is not available.");
        }
        BigDecimal increase = decision.estimatedLifetimeValue().subtract(existing);
        BigDecimal percentLimit = existing.multiply(data.psrConsiderableChangePercent())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (increase.compareTo(data.psrConsiderableChangeAmount()) >= 0 && increase.compareTo(percentLimit) >= 0) {
            return RouteCheck.refused(PSR_DIRECT_AWARD_C, "Considerable change: the lifetime value rises by " + increase
                    + ", at least " + data.psrConsiderableChangeAmount() + " and at least "
                    + data.psrConsiderableChangePercent() + "% of the existing " + existing
                    + ", so Direct Award C is not available.");
        }
        return RouteCheck.permitted(PSR_DIRECT_AWARD_C, "The considerable change threshold is not met (rise of "
                + increase + " against the existing " + existing + "); the other conditions of Direct Award C: "
                + String.join("; ", data.psrConditions(PSR_DIRECT_AWARD_C.psrCode())) + ".");
    }

    private static String grounds(ProcurementRegime regime, ServiceType serviceType) {
        return Arrays.stream(DirectAwardGround.values())
                .map(g -> g.provisionIn(regime, serviceType) == null ? null : g + " (" + g.provisionIn(regime, serviceType) + ")")
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static String thresholdBasis(Threshold threshold) {
        return threshold.vatInclusive() ? " including VAT" : " excluding VAT";
    }
}
