package org.familysafeguarding.partners.rest.dto;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.familysafeguarding.partners.domain.sharing.DataCategory;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.domain.sharing.LawfulBasis;
import org.familysafeguarding.platform.text.FreeText;

@Schema(name = "SignAgreementRequest")
public record SignAgreementRequest(
        @NotEmpty @Size(max = 50) Set<@NotNull UUID> agencyIds,
        @NotBlank @Size(max = 2000) @FreeText String purpose,
        @NotEmpty @Size(max = 10) Set<@NotNull LawfulBasis> lawfulBases,
        @NotEmpty @Size(max = 10) Set<@NotNull DataCategory> dataCategories,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull LocalDate reviewDate) {

    public InformationSharingAgreement.Terms toTerms() {
        return new InformationSharingAgreement.Terms(
                agencyIds, purpose, lawfulBases, dataCategories, startDate, endDate, reviewDate);
    }
}
