package org.familysafeguarding.caseload.rest.fhir;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.nhs.NhsReferral;
import org.familysafeguarding.platform.text.CleanText;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * Reads a referral as sent: FHIR JSON (400 when it is not), a ServiceRequest valid against UK Core
 * (422 listing each error with where it is), and the parent's NHS number, from
 * {@code subject.identifier} or from the contained Patient that {@code subject} references (422 when
 * neither holds a valid one).
 */
@ApplicationScoped
public class ServiceRequestReader {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest";
    static final int MAX_LENGTH = 200_000;

    /** The outcome: issues and their status, or the parent and what to keep. */
    record Reading(int status, List<Outcomes.Issue> issues, NhsNumber parent, NhsReferral.Received received) {

        static Reading refused(int status, IssueType type, String location, String diagnostics) {
            return new Reading(status, List.of(new Outcomes.Issue(type, location, diagnostics)), null, null);
        }
    }

    private final FhirJson json;
    private final UkCoreValidator validator;
    private final ObjectMapper mapper;

    public ServiceRequestReader(FhirJson json, UkCoreValidator validator, ObjectMapper mapper) {
        this.json = json;
        this.validator = validator;
        this.mapper = mapper;
    }

    Reading read(String body) {
        if (body == null || body.isBlank()) {
            return Reading.refused(400, IssueType.REQUIRED, null, "Send a ServiceRequest resource as FHIR JSON.");
        }
        if (body.length() > MAX_LENGTH) {
            return Reading.refused(
                    400, IssueType.TOOCOSTLY, null, "A referral is at most " + MAX_LENGTH + " characters.");
        }
        Reading hostile = hostileText(body);
        if (hostile != null) {
            return hostile;
        }
        IBaseResource parsed;
        try {
            parsed = json.parse(body);
        } catch (RuntimeException e) { // DataFormatException mostly; anything the parser throws means the same
            return Reading.refused(
                    400, IssueType.STRUCTURE, null, "Not a FHIR R4 resource in JSON: " + brief(e.getMessage()));
        }
        if (!(parsed instanceof ServiceRequest request)) {
            return Reading.refused(
                    400, IssueType.INVALID, null, "Expected a ServiceRequest, not a " + parsed.fhirType() + ".");
        }
        if (request.getMeta().getProfile().stream().map(CanonicalType::getValue).noneMatch(PROFILE::equals)) {
            request.getMeta().addProfile(PROFILE);
        }
        var issues = new ArrayList<Outcomes.Issue>();
        validator.validate(request).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .limit(50)
                .forEach(m ->
                        issues.add(new Outcomes.Issue(IssueType.PROCESSING, m.getLocationString(), m.getMessage())));
        if (!issues.isEmpty()) {
            return new Reading(422, issues, null, null);
        }
        String nhsNumber = parentNhsNumber(request);
        if (nhsNumber == null) {
            return Reading.refused(
                    422,
                    IssueType.REQUIRED,
                    "ServiceRequest.subject",
                    "The subject must carry the parent's NHS number (" + FlagBundles.NHS_NUMBER
                            + "): in subject.identifier, or in a contained Patient that subject references (#id).");
        }
        if (!NhsNumber.isValid(nhsNumber) || !nhsNumber.matches("[0-9]{10}")) {
            return Reading.refused(
                    422,
                    IssueType.VALUE,
                    "ServiceRequest.subject",
                    "The parent's NHS number is not valid (10 digits, Modulus 11 check).");
        }
        return new Reading(201, List.of(), new NhsNumber(nhsNumber), received(request, body));
    }

    /**
     * The FHIR parser reads text as sent and the referral is kept as sent, so the platform's text rule
     * (no control characters but tab and line breaks, no lone surrogates or non-characters) and JSON
     * limits (depth, a field twice) are applied to the JSON first: an OperationOutcome saying where.
     */
    private Reading hostileText(String body) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return Reading.refused(
                    400,
                    IssueType.STRUCTURE,
                    null,
                    "Not JSON within the limits of a request: " + brief(e.getOriginalMessage()));
        }
        return hostileText(tree, "ServiceRequest");
    }

    private static Reading hostileText(JsonNode node, String where) {
        try {
            if (node.isTextual()) {
                CleanText.check(node.textValue(), CleanText.Kind.FREE_TEXT);
            }
            for (var fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                CleanText.check(field.getKey(), CleanText.Kind.LINE);
                Reading refused = hostileText(field.getValue(), where + "." + field.getKey());
                if (refused != null) {
                    return refused;
                }
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                Reading refused = hostileText(node.get(i), where + "[" + i + "]");
                if (refused != null) {
                    return refused;
                }
            }
            return null;
        } catch (CleanText.Refused e) {
            return Reading.refused(400, IssueType.INVALID, where, "The text " + e.getMessage() + ".");
        }
    }

    private static String parentNhsNumber(ServiceRequest request) {
        Reference subject = request.getSubject();
        String found = nhsNumber(List.of(subject.getIdentifier()));
        if (found != null) {
            return found;
        }
        String reference = subject.getReference();
        if (reference != null && reference.startsWith("#")) {
            for (Resource contained : request.getContained()) {
                if (contained instanceof Patient patient
                        && reference.substring(1).equals(patient.getIdElement().getIdPart())) {
                    return nhsNumber(patient.getIdentifier());
                }
            }
        }
        return null;
    }

    private static String nhsNumber(List<Identifier> identifiers) {
        return identifiers.stream()
                .filter(i -> FlagBundles.NHS_NUMBER.equals(i.getSystem()) && i.hasValue())
                .map(i -> i.getValue().strip())
                .findFirst()
                .orElse(null);
    }

    private static NhsReferral.Received received(ServiceRequest request, String body) {
        String priority = request.hasPriority() ? request.getPriority().toCode() : null;
        var authoredOn = request.hasAuthoredOn() ? request.getAuthoredOn().toInstant() : null;
        String reference = request.getIdentifier().stream()
                .filter(Identifier::hasValue)
                .findFirst()
                .map(i -> (i.hasSystem() ? i.getSystem() + "|" : "") + i.getValue())
                .orElse(null);
        if (reference != null && reference.length() > 300) {
            reference = reference.substring(0, 300);
        }
        return new NhsReferral.Received(priority, authoredOn, reference, body);
    }

    private static String brief(String message) {
        if (message == null) {
            return "unreadable.";
        }
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
