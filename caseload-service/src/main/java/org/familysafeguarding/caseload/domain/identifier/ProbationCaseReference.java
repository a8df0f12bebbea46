package org.familysafeguarding.caseload.domain.identifier;

/** A probation Case Reference Number (CRN): one letter and six digits, e.g. X123456. */
public record ProbationCaseReference(String value) {

    public static final String PATTERN = "^[A-Z][0-9]{6}$";

    public ProbationCaseReference {
        if (value == null || !value.strip().toUpperCase().matches(PATTERN)) {
            throw new InvalidIdentifier("crn", "not a probation CRN (one letter and six digits, e.g. X123456).");
        }
        value = value.strip().toUpperCase();
    }

    public static ProbationCaseReference ofNullable(String value) {
        return value == null || value.isBlank() ? null : new ProbationCaseReference(value);
    }
}
