package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JoinTeamRequest")
public record JoinTeamRequest(
        @NotNull UUID practitionerId, @NotNull LocalDate from) {}
