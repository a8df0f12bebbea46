package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaveTeamRequest")
public record LeaveTeamRequest(@NotNull LocalDate on) {}
