package org.familysafeguarding.caseload.domain.supervision;

import org.familysafeguarding.platform.problem.DomainProblem;

public class SupervisionRuleViolated extends DomainProblem {

    public SupervisionRuleViolated(String slug, String detail) {
        super(Kind.RULE_VIOLATED, slug, detail);
    }

    /** The caller may see the session but is not the one to do this. */
    public static SupervisionRuleViolated forbidden(String slug, String detail) {
        return new SupervisionRuleViolated(Kind.FORBIDDEN, slug, detail);
    }

    private SupervisionRuleViolated(Kind kind, String slug, String detail) {
        super(kind, slug, detail);
    }
}
