package org.familysafeguarding.caseload.rest.fhir;

import static org.familysafeguarding.platform.security.Roles.NHS_INTEGRATION;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.family.RecordNotFound;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;
import org.familysafeguarding.caseload.domain.nhs.NhsReferralRefused;
import org.familysafeguarding.caseload.domain.nhs.Requester;
import org.familysafeguarding.caseload.service.NhsReferrals;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * NHS referrals in: a trust sends a mental-health referral of a parent as a UK Core ServiceRequest.
 * It is validated against UK Core, matched to the adult by NHS number and kept waiting for
 * allocation; anything wrong is answered with an OperationOutcome saying why, and nothing is kept.
 */
@Path(FlagResource.FHIR_BASE + "/ServiceRequest")
@Tag(name = "NHS exchange (FHIR R4)")
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ServiceRequestResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final NhsReferrals referrals;
    private final ServiceRequestReader reader;
    private final NhsRequesters requesters;
    private final FhirJson json;

    public ServiceRequestResource(
            NhsReferrals referrals, ServiceRequestReader reader, NhsRequesters requesters, FhirJson json) {
        this.referrals = referrals;
        this.reader = reader;
        this.requesters = requesters;
        this.json = json;
    }

    @POST
    @Consumes({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(NHS_INTEGRATION)
    @Operation(
            summary = "Refer a parent (UK Core ServiceRequest)",
            description =
                    "Validated against UK Core; the parent is found by the NHS number in subject.identifier or in the "
                            + "contained Patient that subject references. 201 with Location; a repeat with the same Idempotency-Key "
                            + "answers the first referral again. 400 unreadable, 422 invalid or no matching parent (OperationOutcome).")
    public Response create(
            String body, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Context HttpHeaders headers) {
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9._:-]{1,100}")) {
            return Outcomes.answer(
                    json, 400, IssueType.INVALID, IDEMPOTENCY_KEY + " must be 1 to 100 letters, digits or . _ : -");
        }
        Requester sender;
        try {
            sender = requesters.of(headers);
        } catch (Requester.InvalidRequester e) {
            return Outcomes.answer(json, 400, IssueType.INVALID, "Who is sending: " + e.getMessage() + ".");
        }
        ServiceRequestReader.Reading reading = reader.read(body);
        if (!reading.issues().isEmpty()) {
            return Outcomes.answer(json, reading.status(), reading.issues());
        }
        try {
            var intake = referrals.receive(reading.parent(), reading.received(), sender, idempotencyKey, sha256(body));
            return Response.created(URI.create(FlagResource.FHIR_BASE + "/ServiceRequest/"
                            + intake.referral().id()))
                    .type(FhirSupport.FHIR_JSON)
                    .entity(json.write(stored(intake.referral())))
                    .build();
        } catch (NhsReferralRefused e) {
            IssueType type = e.slug().equals("no-matching-adult")
                    ? IssueType.NOTFOUND
                    : e.slug().equals("idempotency-key-reused") ? IssueType.DUPLICATE : IssueType.MULTIPLEMATCHES;
            return Outcomes.answer(json, 422, type, e.getMessage());
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(NHS_INTEGRATION)
    @Operation(summary = "A referral this system sent, as stored")
    public Response read(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID referralId;
        try {
            referralId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Outcomes.answer(json, 404, IssueType.NOTFOUND, "No ServiceRequest " + id + ".");
        }
        Requester sender;
        try {
            sender = requesters.of(headers);
        } catch (Requester.InvalidRequester e) {
            return Outcomes.answer(json, 400, IssueType.INVALID, "Who is asking: " + e.getMessage() + ".");
        }
        try {
            return json.response(200, stored(referrals.sentBy(referralId, sender)));
        } catch (RecordNotFound e) {
            return Outcomes.answer(json, 404, IssueType.NOTFOUND, "No ServiceRequest " + id + " sent by this system.");
        }
    }

    /** The resource as received, under the id it has here. */
    private ServiceRequest stored(NhsReferral referral) {
        var resource = (ServiceRequest) json.parse(referral.serviceRequest());
        resource.setId(referral.id().toString());
        resource.getMeta().setVersionId("1").setLastUpdated(java.util.Date.from(referral.receivedAt()));
        return resource;
    }

    static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
