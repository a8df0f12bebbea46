package org.familysafeguarding.contracts.domain.procurement;

import java.util.Map;

/**
 * The grounds on which a contract may be awarded without competition, with where each regime
 * provides for it. A ground a regime does not list is not available under it.
 */
public enum DirectAwardGround {
    PUBLIC_PUBLIC_COOPERATION(Map.of(
            ProcurementRegime.PCR2015, "PCR 2015 reg 12 (public-public cooperation)",
            ProcurementRegime.PA2023, "PA 2023 Sch 2 paras 2-3 (vertical and horizontal arrangements)")),
    EXTREME_URGENCY(Map.of(
            ProcurementRegime.PCR2015, "PCR 2015 reg 32(2)(c) (extreme urgency)",
            ProcurementRegime.PA2023, "PA 2023 Sch 5 para 13 (extreme and unavoidable urgency)")),
    ONLY_ONE_PROVIDER(Map.of(
            ProcurementRegime.PCR2015, "PCR 2015 reg 32(2)(b) (only one provider, for technical reasons or absence of competition)",
            ProcurementRegime.PA2023, "PA 2023 Sch 5 para 5 (only one supplier)")),
    /** Light-touch contracts only. */
    USER_CHOICE(Map.of(
            ProcurementRegime.PA2023, "PA 2023 Sch 5 para 15 (user choice contracts, light-touch)"));

    private final Map<ProcurementRegime, String> provisions;

    DirectAwardGround(Map<ProcurementRegime, String> provisions) {
        this.provisions = provisions;
    }

    /** Where the regime provides this ground, or null when it does not. */
    public String provisionIn(ProcurementRegime regime, ServiceType serviceType) {
        if (this == USER_CHOICE && serviceType != ServiceType.LIGHT_TOUCH_SOCIAL_SERVICES) {
            return null;
        }
        return provisions.get(regime);
    }
}
