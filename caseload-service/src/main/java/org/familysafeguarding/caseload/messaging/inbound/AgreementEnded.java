package org.familysafeguarding.caseload.messaging.inbound;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's copy of partners-service's {@code agreement-ended.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementEnded(UUID agreementId, String councilCode, LocalDate endedOn) {

    public static final String TYPE = "org.familysafeguarding.partners.agreement-ended.v1";
}
