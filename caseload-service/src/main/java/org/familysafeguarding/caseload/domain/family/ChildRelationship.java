package org.familysafeguarding.caseload.domain.family;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An adult's relationship to one child of the same family. */
@Embeddable
public record ChildRelationship(
        @Column(name = "child_id", nullable = false) UUID childId,

        @Enumerated(EnumType.STRING) @Column(name = "relationship", nullable = false)
        Relationship relationship) {}
