package org.familysafeguarding.partners.rest.dto;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.agency.AgencyIdentifiers;
import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.ServiceType;
import org.familysafeguarding.partners.service.AgencyRegistration.NewAgency;

@Schema(name = "RegisterAgencyRequest", description = "A partner agency to add to the partnership register.")
public record RegisterAgencyRequest(
        @Schema(
                description =
                        "Optional id chosen by the caller, for moving an existing register across; must be unused.")
        UUID id,

        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyKind kind,

        @Schema(description = "For a council's in-house team (kind IN_HOUSE) only: the council's ONS GSS code.")
        @Pattern(
                regexp = "^E(06|08|09|10)[0-9]{6}$",
                message = "must be an English children's services authority's GSS code")
        String council,

        @Pattern(
                regexp = AgencyIdentifiers.CHARITY_NUMBER,
                message = "must be a Charity Commission number (6 to 8 digits)")
        String charityNumber,

        @Pattern(
                regexp = AgencyIdentifiers.COMPANIES_HOUSE_NUMBER,
                message = "must be a Companies House number (8 digits, or 2 letters and 6 digits)")
        String companiesHouseNumber,

        @Pattern(
                regexp = AgencyIdentifiers.ODS_CODE,
                message = "must be an NHS ODS code (3 to 6 upper-case letters or digits)")
        String odsCode,

        @Size(max = 7) Set<@NotNull ServiceType> serviceTypes) {

    public NewAgency toNewAgency() {
        return new NewAgency(
                id,
                name,
                kind,
                council,
                new AgencyIdentifiers(charityNumber, companiesHouseNumber, odsCode),
                serviceTypes == null ? Set.of() : serviceTypes);
    }
}
