package org.familysafeguarding.contracts.rest.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.domain.staffing.RequiredFte;
import org.familysafeguarding.contracts.readmodel.PractitionerRole;

@Schema(description = "The staff the provider must supply: FTE by practitioner role, each role once.")
public record StaffingRequest(@NotNull @Size(max = 10) List<@Valid @NotNull Requirement> requirements) {

    public record Requirement(
            @Schema(description = "A partners-service practitioner role") @NotNull
            PractitionerRole role,

            @Schema(description = "Full-time equivalents, e.g. 8.5")
            @NotNull
            @DecimalMin("0.01")
            @Digits(integer = 4, fraction = 2)
            BigDecimal fte) {}

    public List<RequiredFte> toRequirements() {
        return requirements.stream()
                .map(r -> new RequiredFte(r.role(), r.fte()))
                .toList();
    }
}
