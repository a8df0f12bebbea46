package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.sharing.DataCategory;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.domain.sharing.LawfulBasis;
import org.familysafeguarding.platform.text.FreeText;

public final class AgreementDtos {

    private AgreementDtos() {
    }

    @Schema(name = "SignAgreementRequest")
    public record Sign(@NotEmpty @Size(max = 50) Set<@NotNull UUID> agencyIds,
            @NotBlank @Size(max = 2000) @FreeText String purpose,
            @NotEmpty @Size(max = 10) Set<@NotNull LawfulBasis> lawfulBases,
            @NotEmpty @Size(max = 10) Set<@NotNull DataCategory> dataCategories,
            @NotNull LocalDate startDate, @NotNull LocalDate endDate, @NotNull LocalDate reviewDate) {

        public InformationSharingAgreement.Terms toTerms() {
            return new InformationSharingAgreement.Terms(agencyIds, purpose, lawfulBases, dataCategories, startDate,
                    endDate, reviewDate);
        }
    }

    @Schema(name = "EndAgreementRequest")
    public record End(@NotNull LocalDate on,
            @NotNull @Pattern(regexp = "^(TERMINATED|SUPERSEDED|PARTY_WITHDREW)$",
                    message = "must be TERMINATED, SUPERSEDED or PARTY_WITHDREW") String reason) {
    }

    @Schema(name = "InformationSharingAgreement")
    public record View(UUID id, String councilCode, Set<UUID> agencyIds, String purpose, Set<LawfulBasis> lawfulBases,
            Set<DataCategory> dataCategories, LocalDate startDate, LocalDate endDate, LocalDate reviewDate,
            InformationSharingAgreement.Status status, LocalDate endedOn, String endReason, boolean liveToday) {

        public static View of(InformationSharingAgreement a, LocalDate today) {
            return new View(a.id(), a.councilCode(), a.agencyIds(), a.purpose(), a.lawfulBases(), a.dataCategories(),
                    a.startDate(), a.endDate(), a.reviewDate(), a.status(), a.endedOn(), a.endReason(),
                    a.liveOn(today));
        }
    }
}
