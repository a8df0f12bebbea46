package org.familysafeguarding.contracts.domain.tender;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An evaluator: the login of a commissioner of the same council, and who put them on the panel when. */
@Embeddable
public record PanelMember(
        @Column(name = "username", nullable = false) String username,
        @Column(name = "added_by", nullable = false) String addedBy,
        @Column(name = "added_at", nullable = false) Instant addedAt) {}
