package org.familysafeguarding.partners.service;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A council's public details can be read by all, but only its own staff change them. */
public class NotYourCouncil extends DomainProblem {

    public NotYourCouncil(String code) {
        super(Kind.FORBIDDEN, "not-your-council", "Only staff of council " + code + " may change it.");
    }
}
