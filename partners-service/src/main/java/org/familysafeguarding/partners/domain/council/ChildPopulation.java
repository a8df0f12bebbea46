package org.familysafeguarding.partners.domain.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Children aged 0-17 living in the council's area in a year: the base of rates per 10,000 children. */
@Embeddable
public record ChildPopulation(
        @Column(name = "year", nullable = false) int year,
        @Column(name = "children", nullable = false) int children) {}
