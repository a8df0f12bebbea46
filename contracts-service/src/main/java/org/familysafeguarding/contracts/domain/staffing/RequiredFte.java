package org.familysafeguarding.contracts.domain.staffing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.familysafeguarding.contracts.readmodel.PractitionerRole;

/** The full-time equivalents of one practitioner role the provider must supply, e.g. 8.5 domestic abuse workers. */
@Embeddable
public record RequiredFte(
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false)
        PractitionerRole role,

        @Column(name = "fte", nullable = false) BigDecimal fte) {}
