package org.familysafeguarding.caseload.domain.family;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person's given and family names, as recorded. */
@Embeddable
public record PersonName(
        @Column(name = "given_name", nullable = false) String given,
        @Column(name = "family_name", nullable = false) String family) {

    public PersonName {
        given = given == null ? null : given.strip();
        family = family == null ? null : family.strip();
    }

    /** True when both names match, ignoring case and surrounding space. */
    public boolean sameAs(PersonName other) {
        return other != null && given.equalsIgnoreCase(other.given) && family.equalsIgnoreCase(other.family);
    }
}
