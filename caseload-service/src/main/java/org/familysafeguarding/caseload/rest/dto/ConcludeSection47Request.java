package org.familysafeguarding.caseload.rest.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ConcludeSection47Request(
        @Schema(description = "The day the initial child protection conference was held")
        LocalDate conferenceDate,

        @Schema(description = "true when the enquiry ended without the need for a conference")
        Boolean notRequired) {}
