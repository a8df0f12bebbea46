package org.familysafeguarding.caseload.rest.fhir;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * FHIR error answers: an OperationOutcome (UK Core) in {@code application/fhir+json}, never a problem
 * body, since NHS systems read OperationOutcome. The FHIR endpoints build every error through here.
 */
final class Outcomes {

    static final String PROFILE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome";

    /** One issue of an answer: what kind, where (a FHIRPath or a parameter), and what is wrong. */
    record Issue(IssueType type, String location, String diagnostics) {}

    private Outcomes() {}

    static OperationOutcome of(List<Issue> issues) {
        var outcome = new OperationOutcome();
        outcome.getMeta().addProfile(PROFILE);
        for (Issue issue : issues) {
            var added = outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issue.type())
                    .setDiagnostics(issue.diagnostics());
            if (issue.location() != null) {
                added.addExpression(issue.location());
            }
        }
        return outcome;
    }

    static Response answer(FhirJson json, int status, IssueType type, String diagnostics) {
        return answer(json, status, List.of(new Issue(type, null, diagnostics)));
    }

    static Response answer(FhirJson json, int status, List<Issue> issues) {
        return json.response(status, of(issues));
    }
}
