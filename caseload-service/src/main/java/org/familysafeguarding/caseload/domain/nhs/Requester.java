package org.familysafeguarding.caseload.domain.nhs;

import java.util.regex.Pattern;

/**
 * Who asks on the NHS side: the organisation by its ODS code, the system (the service account it
 * calls with) and, when sent, the end user by their NHS role-profile id (the number on their smartcard
 * session, never a name). Refused when malformed, so nothing unverifiable is written to a notification.
 */
public record Requester(String odsCode, String system, String endUser) {

    private static final Pattern ODS = Pattern.compile("[A-Z0-9]{3,10}");
    private static final Pattern USER = Pattern.compile("[0-9]{1,20}");
    private static final Pattern SYSTEM = Pattern.compile("[A-Za-z0-9._@:-]{1,100}");

    public Requester {
        if (odsCode == null || !ODS.matcher(odsCode).matches()) {
            throw new InvalidRequester("the organisation's ODS code must be 3 to 10 capital letters or digits");
        }
        if (system == null || !SYSTEM.matcher(system).matches()) {
            throw new InvalidRequester("the calling system is not identified");
        }
        if (endUser != null && !USER.matcher(endUser).matches()) {
            throw new InvalidRequester("the end user's role-profile id must be 1 to 20 digits");
        }
    }

    /** A requester that cannot be recorded as it is. */
    public static class InvalidRequester extends org.familysafeguarding.platform.problem.DomainProblem {
        public InvalidRequester(String detail) {
            super(Kind.RULE_VIOLATED, "invalid-requester", detail);
        }
    }
}
