package org.familysafeguarding.caseload.rest.fhir;

import static org.familysafeguarding.platform.security.Roles.NHS_INTEGRATION;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.nhs.Requester;
import org.familysafeguarding.caseload.service.NhsFlagLookup;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * FHIR R4 search for safeguarding flags by a child's NHS number, for NHS unscheduled care (the
 * {@code nhs-integration} service account only), as CP-IS answers it today.
 */
@Path(FlagResource.FHIR_BASE + "/Flag")
@Tag(name = "NHS exchange (FHIR R4)")
@Produces({FhirSupport.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FlagResource {

    static final String FHIR_BASE = "/api/caseload/v1/fhir";
    static final String IDENTIFIER_PARAMETER = "patient:identifier";

    private final NhsFlagLookup lookup;
    private final NhsRequesters requesters;
    private final FhirJson json;
    private final Clock clock;

    public FlagResource(NhsFlagLookup lookup, NhsRequesters requesters, FhirJson json, Clock clock) {
        this.lookup = lookup;
        this.requesters = requesters;
        this.json = json;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(NHS_INTEGRATION)
    @Operation(
            summary =
                    "Current child protection plans, looked-after episodes and unborn-child protection plans by NHS number",
            description =
                    "A searchset Bundle of UK Core Flags (empty when there is none), each with the council's in-hours and "
                            + "out-of-hours numbers. The council is notified of every look-up that finds a plan. The asking organisation is "
                            + "the NHSD-End-User-Organisation-ODS header, else the service account's ods_code claim; the end user, "
                            + "optionally, NHSD-Session-URID. Errors are OperationOutcome.")
    public Response search(
            @Parameter(description = "https://fhir.nhs.uk/Id/nhs-number|<NHS number>") @QueryParam(IDENTIFIER_PARAMETER)
                    String identifier,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String nhsNumber = nhsNumber(identifier);
        if (nhsNumber == null) {
            return Outcomes.answer(
                    json,
                    400,
                    IssueType.INVALID,
                    "Search by " + IDENTIFIER_PARAMETER + "=" + FlagBundles.NHS_NUMBER
                            + "|<NHS number>: a 10-digit NHS " + "number that passes the Modulus 11 check.");
        }
        Requester requester;
        try {
            requester = requesters.of(headers);
        } catch (Requester.InvalidRequester e) {
            return Outcomes.answer(json, 400, IssueType.INVALID, "Who is asking: " + e.getMessage() + ".");
        }
        var found = lookup.lookUp(new NhsNumber(nhsNumber), requester);
        String base = uri.getBaseUriBuilder().path(FHIR_BASE).build().toString();
        String self = base + "/Flag?" + IDENTIFIER_PARAMETER + "=" + FlagBundles.NHS_NUMBER + "%7C" + nhsNumber;
        return json.response(200, FlagBundles.searchset(found, base, self, Instant.now(clock)));
    }

    /** The NHS number of a {@code system|value} token, or null when it is not one. */
    static String nhsNumber(String identifier) {
        if (identifier == null || identifier.length() > 200) {
            return null;
        }
        int bar = identifier.indexOf('|');
        if (bar < 0 || !identifier.substring(0, bar).equals(FlagBundles.NHS_NUMBER)) {
            return null;
        }
        String value = identifier.substring(bar + 1);
        return value.matches("[0-9]{10}") && NhsNumber.isValid(value) ? value : null;
    }
}
