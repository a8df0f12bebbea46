package org.familysafeguarding.caseload.domain.workbook;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One module of the parental-work programme: a short code the entries refer to, and its title. */
@Embeddable
public record WorkbookModule(
        @Column(name = "code", nullable = false) String code,
        @Column(name = "title", nullable = false) String title) {}
