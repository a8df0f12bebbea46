package org.familysafeguarding.contracts.domain.procurement;

/**
 * Whether a route may be used for a decision, and why (or on what conditions).
 *
 * @param mandatory the route must be used: its conditions hold (PSR Direct Award A or B, regs 6(3)-(4))
 */
public record RouteCheck(ProcurementRoute route, boolean permitted, String reason, boolean mandatory) {

    static RouteCheck permitted(ProcurementRoute route, String reason) {
        return new RouteCheck(route, true, reason, false);
    }

    static RouteCheck mandatory(ProcurementRoute route, String reason) {
        return new RouteCheck(route, true, reason, true);
    }

    static RouteCheck refused(ProcurementRoute route, String reason) {
        return new RouteCheck(route, false, reason, false);
    }
}
