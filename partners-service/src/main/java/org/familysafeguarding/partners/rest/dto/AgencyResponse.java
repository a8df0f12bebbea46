package org.familysafeguarding.partners.rest.dto;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.agency.Agency;
import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.ServiceType;

@Schema(name = "Agency")
public record AgencyResponse(
        UUID id,
        String name,
        AgencyKind kind,

        @Schema(description = "The council whose in-house team this is; absent for a partner agency.")
        String council,

        String charityNumber,
        String companiesHouseNumber,
        String odsCode,
        Set<ServiceType> serviceTypes,
        Instant registeredAt,
        long version) {

    public static AgencyResponse of(Agency agency) {
        var ids = agency.identifiers();
        return new AgencyResponse(
                agency.id(),
                agency.name(),
                agency.kind(),
                agency.councilCode().orElse(null),
                ids.charityNumber(),
                ids.companiesHouseNumber(),
                ids.odsCode(),
                agency.serviceTypes(),
                agency.registeredAt(),
                agency.version());
    }
}
