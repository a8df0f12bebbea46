package org.familysafeguarding.partners.domain.workforce;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class PractitionerNotFound extends DomainProblem {

    public PractitionerNotFound(UUID id) {
        super(Kind.NOT_FOUND, "practitioner-not-found", "No practitioner " + id + ".");
    }
}
