package org.familysafeguarding.caseload.messaging.inbound;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code agreement-signed.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementSigned(
        UUID agreementId, String councilCode, List<UUID> agencyIds, LocalDate startDate, LocalDate endDate) {

    public static final String TYPE = "org.familysafeguarding.partners.agreement-signed.v1";
}
