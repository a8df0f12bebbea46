package org.familysafeguarding.contracts.domain.procurement;

/** Whether a route may be used for a decision, and why (or on what conditions). */
public record RouteCheck(ProcurementRoute route, boolean permitted, String reason) {

    static RouteCheck permitted(ProcurementRoute route, String reason) {
        return new RouteCheck(route, true, reason);
    }

    static RouteCheck refused(ProcurementRoute route, String reason) {
        return new RouteCheck(route, false, reason);
    }
}
