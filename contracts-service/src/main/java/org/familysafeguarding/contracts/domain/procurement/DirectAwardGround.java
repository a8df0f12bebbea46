package org.familysafeguarding.contracts.domain.procurement;

import java.util.Map;

/**
 * The grounds on which a contract may be awarded without competition, with where each regime
 * provides for it. A ground a regime does not list is not available under it.
 */
public enum DirectAwardGround {
    /**
     * Not a ground for a direct award but an exclusion: a reg 12 contract is outside Part 2 of PCR
     * 2015, and under the Act a Sch 2 arrangement is an exempted contract, so neither regime's award
     * notices nor its standstill apply (the transparency-code register entry still does).
     */
    PUBLIC_PUBLIC_COOPERATION(Map.of(
            ProcurementRegime.PCR2015, "PCR 2015 reg 12 (public-public cooperation: outside Part 2 of the Regulations)",
            ProcurementRegime.PA2023,
                    "PA 2023 Sch 2 paras 2-3 (vertical and horizontal arrangements: an exempted contract)")),
    EXTREME_URGENCY(Map.of(
            ProcurementRegime.PCR2015, "PCR 2015 reg 32(2)(c) (extreme urgency)",
            ProcurementRegime.PA2023, "PA 2023 Sch 5 para 13 (extreme and unavoidable urgency)")),
    ONLY_ONE_PROVIDER(Map.of(
            ProcurementRegime.PCR2015,
                    "PCR 2015 reg 32(2)(b) (only one provider: a unique work of art, absence of "
                            + "competition for technical reasons, or exclusive rights)",
            ProcurementRegime.PA2023,
                    "PA 2023 Sch 5 paras 4-6 (single suppliers: artistic works, intellectual "
                            + "property or exclusive rights, absence of competition for technical reasons)")),
    /** Light-touch contracts only; no transparency notice (s44(3)), no award notice (s50(6)(b)), so no standstill. */
    USER_CHOICE(Map.of(ProcurementRegime.PA2023, "PA 2023 Sch 5 para 15 (user choice contracts, light-touch)"));

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
