package org.familysafeguarding.caseload.rest.dto;

import jakarta.validation.constraints.NotNull;

import org.familysafeguarding.caseload.domain.supervision.ActionStatus;

public record ActionStatusRequest(@NotNull ActionStatus status) {}
