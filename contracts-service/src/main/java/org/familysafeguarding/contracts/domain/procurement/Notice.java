package org.familysafeguarding.contracts.domain.procurement;

/** A notice the council must publish for a decision. */
public record Notice(String code, String name) {
}
