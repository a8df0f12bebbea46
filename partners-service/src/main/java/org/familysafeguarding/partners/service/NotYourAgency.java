package org.familysafeguarding.partners.service;

import org.familysafeguarding.platform.problem.DomainProblem;

/** A provider manager maintains their own agency's staff only. */
public class NotYourAgency extends DomainProblem {

    public NotYourAgency() {
        super(
                Kind.FORBIDDEN,
                "not-your-agency",
                "Only the agency itself (its provider manager), its council for an in-house team, or the platform admin may change this agency or its staff.");
    }
}
