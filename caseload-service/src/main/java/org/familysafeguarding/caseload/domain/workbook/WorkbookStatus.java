package org.familysafeguarding.caseload.domain.workbook;

/** Where a parent is with a module: not started until the first entry, completed once an entry says so. */
public enum WorkbookStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
}
