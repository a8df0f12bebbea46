package org.familysafeguarding.contracts.domain.procurement;

/**
 * A notice that follows a decision.
 *
 * @param required false for a notice the council may choose to publish (a VEAT: it only protects the award)
 * @param due when the law says it is due, where the route's table gives it; null otherwise
 */
public record Notice(String code, String name, boolean required, String due) {
}
