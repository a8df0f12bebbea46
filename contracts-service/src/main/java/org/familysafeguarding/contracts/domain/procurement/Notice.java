package org.familysafeguarding.contracts.domain.procurement;

/**
 * A notice that follows a decision.
 *
 * @param voluntary the council may choose to publish it (a VEAT: it only protects the award); false for a
 *        notice the law requires (and for checks kept before this was recorded)
 * @param due when the law says it is due, where the route's table gives it; null otherwise
 */
public record Notice(String code, String name, boolean voluntary, String due) {}
