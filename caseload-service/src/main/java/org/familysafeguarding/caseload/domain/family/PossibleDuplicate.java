package org.familysafeguarding.caseload.domain.family;

import java.util.UUID;

/** Another record of the same council that may be the same person, and why it looks so. */
public record PossibleDuplicate(UUID id, UUID familyId, Reason reason) {

    public enum Reason {
        SAME_NHS_NUMBER,
        SAME_UPN,
        SAME_COUNCIL_CHILD_ID,
        SAME_CRN,
        SAME_NAME_AND_DATE_OF_BIRTH
    }
}
