package org.familysafeguarding.caseload.domain.workbook;

import org.familysafeguarding.platform.problem.DomainProblem;

public class WorkbookRuleViolated extends DomainProblem {

    public WorkbookRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }
}
