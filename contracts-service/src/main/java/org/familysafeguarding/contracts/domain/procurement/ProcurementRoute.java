package org.familysafeguarding.contracts.domain.procurement;

/** How a council proposes to choose its provider. */
public enum ProcurementRoute {
    OPEN_COMPETITION(null),
    /** Award without competition; needs a {@link DirectAwardGround}. */
    DIRECT_AWARD(null),
    /** A waiver of the council's Contract Procedure Rules: only below threshold, with a reason. */
    CPR_WAIVER(null),
    PSR_DIRECT_AWARD_A("DA_A"),
    PSR_DIRECT_AWARD_B("DA_B"),
    PSR_DIRECT_AWARD_C("DA_C"),
    PSR_MOST_SUITABLE_PROVIDER("MSP"),
    PSR_COMPETITIVE_PROCESS("COMPETITIVE"),
    /** A change to an existing contract that the contract provides for (PSR reg 13), not a new award. */
    PSR_MODIFICATION("MODIFICATION");

    private final String psrCode;

    ProcurementRoute(String psrCode) {
        this.psrCode = psrCode;
    }

    /** The route's code in psr-routes.json, or null when it is not a PSR route. */
    public String psrCode() {
        return psrCode;
    }

    public boolean isPsr() {
        return psrCode != null;
    }
}
