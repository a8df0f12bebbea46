package org.familysafeguarding.partners.service;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A provider manager maintains their own agency's staff only. */
public class NotYourAgency extends DomainProblem {

    public NotYourAgency() {
        super(Kind.FORBIDDEN, "not-your-agency", "Only your own agency's staff can be changed.");
    }
}
