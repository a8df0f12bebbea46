package org.familysafeguarding.platform.audit;

/** What was done to a person's record. */
public enum AuditAction {
    READ,
    SEARCH,
    EXPORT,
    CREATE,
    UPDATE,
    DELETE
}
