package org.familysafeguarding.partners.rest.dto;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.CheckType;

@Schema(name = "DueDiligencePolicyRequest")
public record DueDiligencePolicyRequest(
        @NotNull @Size(max = 8) Set<@NotNull CheckType> mandatoryChecks) {}
