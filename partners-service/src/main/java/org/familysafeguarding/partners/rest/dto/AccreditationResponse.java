package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.duediligence.Accreditation;
import org.familysafeguarding.partners.domain.duediligence.AccreditationChange;

@Schema(name = "Accreditation")
public record AccreditationResponse(
        String councilCode,
        Accreditation.Status status,
        LocalDate since,
        LocalDate validUntil,
        List<AccreditationChangeRequest> history) {

    /**
     * @param withReasons whether the caller may know why it changed (which checks failed or lapsed): the
     *        agency itself and the council that checked it; a competitor sees status and dates only
     */
    public static AccreditationResponse of(Accreditation a, List<AccreditationChange> changes, boolean withReasons) {
        return new AccreditationResponse(
                a.councilCode(),
                a.status(),
                a.since(),
                a.validUntil(),
                changes.stream()
                        .filter(c -> c.councilCode().equals(a.councilCode()))
                        .map(c -> AccreditationChangeRequest.of(c, withReasons))
                        .toList());
    }
}
