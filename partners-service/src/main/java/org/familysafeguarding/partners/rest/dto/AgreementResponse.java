package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.sharing.DataCategory;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.domain.sharing.LawfulBasis;

@Schema(name = "InformationSharingAgreement")
public record AgreementResponse(
        UUID id,
        String councilCode,
        Set<UUID> agencyIds,
        String purpose,
        Set<LawfulBasis> lawfulBases,
        Set<DataCategory> dataCategories,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate reviewDate,
        InformationSharingAgreement.Status status,
        LocalDate endedOn,
        String endReason,
        boolean liveToday) {

    public static AgreementResponse of(InformationSharingAgreement a, LocalDate today) {
        return new AgreementResponse(
                a.id(),
                a.councilCode(),
                a.agencyIds(),
                a.purpose(),
                a.lawfulBases(),
                a.dataCategories(),
                a.startDate(),
                a.endDate(),
                a.reviewDate(),
                a.status(),
                a.endedOn(),
                a.endReason(),
                a.liveOn(today));
    }
}
