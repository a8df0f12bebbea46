package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.workforce.PractitionerRole;

@Schema(name = "FormTeamRequest")
public record FormTeamRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull UUID managerPractitionerId,
        @NotNull @Size(max = 10) Map<@NotNull PractitionerRole, @NotNull Integer> caseloadLimits,
        @NotNull LocalDate formedOn) {}
