package org.familysafeguarding.contracts.domain.procurement;

import static org.familysafeguarding.contracts.domain.procurement.ProcurementRoute.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
        List<RouteCheck> routes = Arrays.stream(ProcurementRoute.values())
                .map(r -> general(r, decision, frame))
                .toList();
        RouteCheck proposed = proposed(decision, frame);
        boolean lightTouch = decision.serviceType() != ServiceType.OTHER_SERVICES;
        var notices = data.routeNotices(
                frame.regime, decision.route(), decision.ground(), lightTouch, Boolean.TRUE.equals(frame.reached));
        List<Notice> noticeList = notices.map(n -> n.notices().stream()
                        .filter(rule ->
                                rule.onlyFromContractType() == null || reaches(decision, rule.onlyFromContractType()))
                        .map(rule -> new Notice(
                                rule.code(),
                                data.noticeName(rule.code(), decision.decisionDate()),
                                rule.voluntary(),
                                rule.due()))
                        .toList())
                .orElse(List.of());
        String written =
                notices.map(ProcurementReferenceData.RouteNotices::standstill).orElse("none");
        String standstill = switch (written) {
            case "none" -> null;
            case "PSR" -> data.psrStandstill();
            default -> written.startsWith(VOLUNTARY) ? null : written;
        };
        String voluntary = written.startsWith(VOLUNTARY)
                ? written.substring(VOLUNTARY.length()).strip()
                : null;
        BigDecimal value = decision.estimatedLifetimeValue();
        return new ProcurementAssessment(
                frame.regime,
                frame.basis,
                frame.threshold,
                frame.comparedValue,
                frame.reached,
                routes,
                proposed,
                noticeList,
                standstill,
                voluntary,
                thresholds == null ? null : thresholds.levelFor(value),
                thresholds != null && thresholds.isKeyDecision(value));
    }

    private static final String VOLUNTARY = "voluntary:";

    private record Frame(
            ProcurementRegime regime, String basis, Threshold threshold, BigDecimal comparedValue, Boolean reached) {}

    /**
     * The regime follows the day the procurement commenced, not the decision date: PCR 2015 for
     * procurements commenced before the Act came into force (the 2024 transitional regulations), the
     * PSR only for health care procurements commenced from its in-force date.
     */
    private Frame frame(ProposedDecision decision) {
        if (!decision.councilCode().startsWith("E")) {
            throw new ProcurementRuleViolated(
                    "rules-for-england-only",
                    "The procurement rules held here are "
                            + "England's (the PSR, and the England column of the thresholds): council "
                            + decision.councilCode()
                            + " is not an English authority.");
        }
        LocalDate commenced = decision.procurementCommencedOn();
        if (commenced.isAfter(decision.decisionDate())) {
            throw new ProcurementRuleViolated(
                    "commencement-after-decision",
                    "The procurement cannot commence (" + commenced + ") after the decision it leads to ("
                            + decision.decisionDate() + ").");
        }
        if (decision.serviceType() == ServiceType.HEALTH_CARE_SERVICES && !commenced.isBefore(data.psrInForce())) {
            return new Frame(
                    ProcurementRegime.PSR2023,
                    "Health care services whose procurement commenced on " + commenced
                            + ", on or after the PSR came into force (" + data.psrInForce() + ").",
                    null,
                    decision.estimatedLifetimeValue(),
                    null);
        }
        List<String> types = decision.serviceType() == ServiceType.OTHER_SERVICES ? SERVICES : LIGHT_TOUCH;
        Threshold threshold = data.threshold(commenced, types)
                .orElseThrow(() -> new ProcurementRuleViolated(
                        "no-threshold-in-force",
                        "No procurement threshold for " + decision.serviceType() + " is known on " + commenced + "."));
        BigDecimal compared = compared(decision, threshold);
        ProcurementRegime regime = ProcurementRegime.valueOf(threshold.regime());
        return new Frame(regime, basis(decision, regime), threshold, compared, threshold.reachedBy(compared));
    }

    private String basis(ProposedDecision decision, ProcurementRegime regime) {
        LocalDate commenced = decision.procurementCommencedOn();
        StringBuilder basis = new StringBuilder("The procurement commenced on " + commenced + ": " + regime.title());
        if (regime == ProcurementRegime.PCR2015 && !decision.decisionDate().isBefore(data.procurementActInForce())) {
            basis.append(
                            " still applies to a procurement commenced before the Procurement Act 2023 came into force on ")
                    .append(data.procurementActInForce())
                    .append(" (Procurement Act 2023 (Commencement No. 3 and "
                            + "Transitional and Saving Provisions) Regulations 2024)");
        }
        if (decision.serviceType() == ServiceType.HEALTH_CARE_SERVICES) {
            basis.append("; the PSR applies only to procurements commenced from ")
                    .append(data.psrInForce());
        }
        return basis.append('.').toString();
    }

    private static BigDecimal compared(ProposedDecision decision, Threshold threshold) {
        return threshold.vatInclusive()
                ? decision.estimatedLifetimeValue().add(decision.vat())
                : decision.estimatedLifetimeValue();
    }

    private boolean reaches(ProposedDecision decision, String contractType) {
        if (contractType.equals(PSR_MODIFICATION_TRANSPARENCY)) {
            return decision.estimatedLifetimeValue().compareTo(data.psrModificationNoticeAmount()) >= 0;
        }
        return data.threshold(decision.procurementCommencedOn(), List.of(contractType))
                .filter(t -> t.reachedBy(compared(decision, t)))
                .isPresent();
    }

    /** route-notices.csv gates the PSR modification notice by value-triggers.csv, not by a threshold row. */
    private static final String PSR_MODIFICATION_TRANSPARENCY = "psr_modification_transparency";

    private RouteCheck general(ProcurementRoute route, ProposedDecision decision, Frame frame) {
        if (frame.regime == ProcurementRegime.PSR2023) {
            if (!route.isPsr()) {
                return RouteCheck.refused(
                        route,
                        "Health care services are arranged under the "
                                + ProcurementRegime.PSR2023.title() + " (in force from " + data.psrInForce()
                                + ") whatever their value: use a PSR route.");
            }
            return psr(route, decision);
        }
        if (route.isPsr()) {
            return RouteCheck.refused(
                    route,
                    decision.serviceType() == ServiceType.HEALTH_CARE_SERVICES
                            ? "The PSR applies only to procurements commenced from " + data.psrInForce()
                                    + "; this one falls under the " + frame.regime.title() + "."
                            : "The PSR applies only to health care services.");
        }
        boolean reached = frame.reached;
        return switch (route) {
            case OPEN_COMPETITION ->
                RouteCheck.permitted(
                        route,
                        reached
                                ? "A competitive procedure under the " + frame.regime.title() + "."
                                : "Below threshold: competition under the council's Contract Procedure Rules.");
            case DIRECT_AWARD ->
                RouteCheck.permitted(
                        route,
                        "Only with a ground: " + grounds(frame.regime, decision.serviceType())
                                + (reached ? "." : "; without one, a waiver of the Contract Procedure Rules."));
            case CPR_WAIVER ->
                reached
                        ? RouteCheck.refused(
                                route,
                                "The value " + frame.comparedValue + " reaches the threshold of "
                                        + frame.threshold.amount() + thresholdBasis(frame.threshold)
                                        + ": a waiver of the council's "
                                        + "Contract Procedure Rules cannot set the " + frame.regime.title() + " aside.")
                        : RouteCheck.permitted(route, "Below threshold, with the reason for the waiver recorded.");
            default -> throw new IllegalStateException("unexpected route " + route);
        };
    }

    /**
     * A PSR route. Direct Award A and B are mandatory when their conditions hold (regs 6(3)-(4)); the
     * decision says whether they do, and when it does not say, the route is shown on its conditions.
     */
    private RouteCheck psr(ProcurementRoute route, ProposedDecision decision) {
        String conditions = String.join("; ", data.psrConditions(route.psrCode()));
        return switch (route) {
            case PSR_DIRECT_AWARD_A ->
                mandatoryWhen(
                        route,
                        decision.onlyExistingProviderCapable(),
                        conditions,
                        "onlyExistingProviderCapable",
                        "reg 6(3)");
            case PSR_DIRECT_AWARD_B ->
                mandatoryWhen(
                        route, decision.patientChoiceOfProviders(), conditions, "patientChoiceOfProviders", "reg 6(4)");
            case PSR_MODIFICATION ->
                RouteCheck.permitted(
                        route,
                        "Only a change to an existing contract that the "
                                + "contract provides for in clear, precise and unambiguous terms (PSR reg 13); not a new award.");
            default -> {
                if (Boolean.TRUE.equals(decision.onlyExistingProviderCapable())
                        || Boolean.TRUE.equals(decision.patientChoiceOfProviders())) {
                    ProcurementRoute required = Boolean.TRUE.equals(decision.onlyExistingProviderCapable())
                            ? PSR_DIRECT_AWARD_A
                            : PSR_DIRECT_AWARD_B;
                    yield RouteCheck.refused(
                            route,
                            "The conditions of " + required + " hold, so it must be used " + "(PSR regs 6(3)-(4)).");
                }
                yield RouteCheck.permitted(route, "On the conditions of the PSR: " + conditions + ".");
            }
        };
    }

    private static RouteCheck mandatoryWhen(
            ProcurementRoute route, Boolean holds, String conditions, String fact, String regulation) {
        if (holds == null) {
            return RouteCheck.permitted(
                    route,
                    "On the conditions of the PSR: " + conditions + ". Mandatory when they " + "hold (" + regulation
                            + "): say whether they do (" + fact + ").");
        }
        return holds
                ? RouteCheck.mandatory(
                        route,
                        "Its conditions hold, so this route must be used (" + regulation + "): " + conditions + ".")
                : RouteCheck.refused(route, "Its conditions do not hold (" + fact + " is false): " + conditions + ".");
    }

    private RouteCheck proposed(ProposedDecision decision, Frame frame) {
        ProcurementRoute route = decision.route();
        RouteCheck general = general(route, decision, frame);
        if (!general.permitted()) {
            return general;
        }
        return switch (route) {
            case DIRECT_AWARD -> directAward(decision, frame);
            case CPR_WAIVER ->
                decision.waiverReason() == null || decision.waiverReason().isBlank()
                        ? RouteCheck.refused(route, "A waiver of the Contract Procedure Rules needs a recorded reason.")
                        : RouteCheck.permitted(
                                route,
                                "Below threshold; waiver reason: "
                                        + decision.waiverReason().strip());
            case PSR_DIRECT_AWARD_C -> directAwardC(decision);
            case PSR_MODIFICATION ->
                Boolean.TRUE.equals(decision.providedForInContract())
                        ? RouteCheck.permitted(
                                route,
                                "A modification the existing contract provides for (PSR reg 13(1)(a)); "
                                        + "a transparency notice is due at or above "
                                        + data.psrModificationNoticeAmount() + ".")
                        : RouteCheck.refused(
                                route,
                                "A PSR modification must be provided for in the existing contract in "
                                        + "clear, precise and unambiguous terms (reg 13): say so (providedForInContract).");
            default -> general;
        };
    }

    private RouteCheck directAward(ProposedDecision decision, Frame frame) {
        if (decision.ground() == null) {
            return RouteCheck.refused(
                    DIRECT_AWARD,
                    frame.reached
                            ? "A direct award at or above the threshold of " + frame.threshold.amount()
                                    + thresholdBasis(frame.threshold) + " needs a ground: "
                                    + grounds(frame.regime, decision.serviceType()) + "."
                            : "Below threshold, a direct award without a ground needs a waiver of the council's Contract "
                                    + "Procedure Rules with a reason (route CPR_WAIVER).");
        }
        String provision = decision.ground().provisionIn(frame.regime, decision.serviceType());
        if (provision == null) {
            return RouteCheck.refused(
                    DIRECT_AWARD,
                    "The ground " + decision.ground() + " is not available under the " + frame.regime.title() + " for "
                            + decision.serviceType() + ".");
        }
        return RouteCheck.permitted(
                DIRECT_AWARD,
                switch (decision.ground()) {
                    case PUBLIC_PUBLIC_COOPERATION ->
                        "Excluded from the " + frame.regime.title() + ": " + provision
                                + ". No award notice or standstill of the regime; the council's contract register entry stays.";
                    case EXTREME_URGENCY ->
                        "Ground: " + provision + ", only where events the council could not foresee and "
                                + "did not cause make the time limits impossible, and only for as long as strictly necessary.";
                    default -> "Ground: " + provision + ".";
                });
    }

    private RouteCheck directAwardC(ProposedDecision decision) {
        BigDecimal existing = decision.existingLifetimeValue();
        if (existing == null) {
            return RouteCheck.refused(
                    PSR_DIRECT_AWARD_C,
                    "Direct Award C replaces an existing contract on its expiry: "
                            + "give the lifetime value of the contract it replaces.");
        }
        if (decision.materiallyDifferent()) {
            return RouteCheck.refused(
                    PSR_DIRECT_AWARD_C,
                    "Considerable change: the new contract is materially "
                            + "different in character from the existing one, so Direct Award C is not available.");
        }
        BigDecimal increase = decision.estimatedLifetimeValue().subtract(existing);
        BigDecimal percentLimit = existing.multiply(data.psrConsiderableChangePercent())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (increase.compareTo(data.psrConsiderableChangeAmount()) >= 0 && increase.compareTo(percentLimit) >= 0) {
            return RouteCheck.refused(
                    PSR_DIRECT_AWARD_C,
                    "Considerable change: the lifetime value rises by " + increase
                            + ", at least " + data.psrConsiderableChangeAmount() + " and at least "
                            + data.psrConsiderableChangePercent() + "% of the existing " + existing
                            + ", so Direct Award C is not available.");
        }
        return RouteCheck.permitted(
                PSR_DIRECT_AWARD_C,
                "The considerable change threshold is not met (rise of "
                        + increase + " against the existing " + existing + "); the other conditions of Direct Award C: "
                        + String.join("; ", data.psrConditions(PSR_DIRECT_AWARD_C.psrCode())) + ".");
    }

    private static String grounds(ProcurementRegime regime, ServiceType serviceType) {
        return Arrays.stream(DirectAwardGround.values())
                .map(g -> g.provisionIn(regime, serviceType) == null
                        ? null
                        : g + " (" + g.provisionIn(regime, serviceType) + ")")
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    private static String thresholdBasis(Threshold threshold) {
        return threshold.vatInclusive() ? " including VAT" : " excluding VAT";
    }
}
