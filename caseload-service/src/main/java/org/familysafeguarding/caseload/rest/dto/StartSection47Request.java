package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StartSection47Request(
        @NotNull LocalDate startDate,

        @Schema(description = "The referral whose episode the enquiry belongs to")
        UUID referralId) {}
