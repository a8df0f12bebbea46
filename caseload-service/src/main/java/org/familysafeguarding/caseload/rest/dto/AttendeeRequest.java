package org.familysafeguarding.caseload.rest.dto;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.familysafeguarding.caseload.domain.supervision.Discipline;

public record AttendeeRequest(
        @NotNull UUID practitionerId, @NotNull Discipline discipline) {}
