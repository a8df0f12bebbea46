package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.Accreditation;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChange;

@Schema(name = "AccreditationChange")
public record AccreditationChangeRequest(
        Accreditation.Status status, LocalDate changedOn, LocalDate validUntil, String reason, Set<String> checkTypes) {

    static AccreditationChangeRequest of(AccreditationChange c, boolean withReasons) {
        return withReasons
                ? new AccreditationChangeRequest(c.status(), c.changedOn(), c.validUntil(), c.reason(), c.checkTypes())
                : new AccreditationChangeRequest(c.status(), c.changedOn(), c.validUntil(), null, null);
    }
}
