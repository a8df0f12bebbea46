package org.familysafeguarding.caseload.rest;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.SOCIAL_WORKER;
import static org.familysafeguarding.platform.security.Roles.TEAM_MANAGER;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;
import org.familysafeguarding.caseload.rest.dto.NhsReferralResponse;
import org.familysafeguarding.caseload.rest.fhir.FhirJson;
import org.familysafeguarding.caseload.service.NhsReferrals;
import org.familysafeguarding.platform.rest.PageRequest;
import org.familysafeguarding.platform.rest.PageResponse;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;

/** Referrals of parents from NHS trusts, for the staff of the family's council. */
@Path("/api/caseload/v1/nhs-referrals")
@Tag(name = "NHS exchange")
@Produces(MediaType.APPLICATION_JSON)
public class NhsReferralResource {

    private final NhsReferrals referrals;
    private final FhirJson json;

    public NhsReferralResource(NhsReferrals referrals, FhirJson json) {
        this.referrals = referrals;
        this.json = json;
    }

    @GET
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "The council's NHS referrals, newest first", description = "status: AWAITING_ALLOCATION")
    public PageResponse<NhsReferralResponse> list(
            @QueryParam("status") NhsReferral.Status status, @BeanParam @Valid PageRequest paging) {
        var found = referrals.ofCouncil(status, paging.page(), paging.size());
        return new PageResponse<>(
                found.items().stream().map(this::response).toList(), paging.page(), paging.size(), found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SOCIAL_WORKER, TEAM_MANAGER, PARTNERSHIP_ADMIN})
    @Operation(summary = "An NHS referral")
    public NhsReferralResponse read(@PathParam("id") UUID id) {
        return response(referrals.read(id));
    }

    private NhsReferralResponse response(NhsReferral referral) {
        var request = (ServiceRequest) json.parse(referral.serviceRequest());
        List<String> reasons = request.getReasonCode().stream()
                .map(NhsReferralResource::words)
                .filter(s -> s != null)
                .toList();
        return new NhsReferralResponse(
                referral.id(),
                referral.adultId(),
                referral.familyId(),
                referral.status(),
                referral.priority(),
                referral.authoredOn(),
                referral.receivedAt(),
                referral.senderOdsCode(),
                referral.senderReference(),
                request.hasCode() ? words(request.getCode()) : null,
                reasons);
    }

    private static String words(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .flatMap(c -> Stream.ofNullable(c.getDisplay() != null ? c.getDisplay() : code(c)))
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
    }

    private static String code(Coding coding) {
        return coding.getCode() == null ? null : coding.getSystem() + "|" + coding.getCode();
    }
}
