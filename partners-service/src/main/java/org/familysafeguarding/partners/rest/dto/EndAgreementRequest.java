package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndAgreementRequest")
public record EndAgreementRequest(
        @NotNull LocalDate on,

        @NotNull
        @Pattern(
                regexp = "^(TERMINATED|SUPERSEDED|PARTY_WITHDREW)$",
                message = "must be TERMINATED, SUPERSEDED or PARTY_WITHDREW")
        String reason) {}
