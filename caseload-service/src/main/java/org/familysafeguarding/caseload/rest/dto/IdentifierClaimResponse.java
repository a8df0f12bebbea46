package org.familysafeguarding.caseload.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.caseload.domain.family.IdentifierClaimAlert;

@Schema(name = "IdentifierClaim")
public record IdentifierClaimResponse(
        UUID id, String side, String identifierKind, UUID adultId, String claimedBy, Instant claimedAt) {

    public static IdentifierClaimResponse of(IdentifierClaimAlert a) {
        return new IdentifierClaimResponse(
                a.id(), a.side().name(), a.identifierKind().name(), a.adultId(), a.claimedBy(), a.claimedAt());
    }
}
