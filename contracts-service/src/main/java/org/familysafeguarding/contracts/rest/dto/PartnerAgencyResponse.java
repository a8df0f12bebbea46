package org.familysafeguarding.contracts.rest.dto;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.contracts.readmodel.PartnerAgency;

@Schema(name = "ContractsPartnerAgency", description = "A partner agency as contracts-service knows it.")
public record PartnerAgencyResponse(UUID id, String name, String kind, Instant registeredAt) {

    public static PartnerAgencyResponse of(PartnerAgency agency) {
        return new PartnerAgencyResponse(agency.id(), agency.name(), agency.kind(), agency.registeredAt());
    }
}
