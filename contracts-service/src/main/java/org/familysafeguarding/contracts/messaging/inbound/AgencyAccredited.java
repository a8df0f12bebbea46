package org.familysafeguarding.contracts.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code agency-accredited.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyAccredited(UUID agencyId, String councilCode, LocalDate accreditedOn, LocalDate validUntil) {

    public static final String TYPE = "org.familysafeguarding.partners.agency-accredited.v1";
}
