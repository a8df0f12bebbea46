package org.familysafeguarding.caseload.domain.supervision;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A practitioner (partners-service's id) at the session, and the discipline they brought. */
@Embeddable
public record Attendee(
        @Column(name = "practitioner_id", nullable = false) UUID practitionerId,

        @Enumerated(EnumType.STRING) @Column(name = "discipline", nullable = false)
        Discipline discipline) {}
