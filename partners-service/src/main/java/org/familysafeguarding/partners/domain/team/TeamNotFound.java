package org.familysafeguarding.partners.domain.team;

import java.util.UUID;

import org.familysafeguarding.platform.problem.DomainProblem;

public class TeamNotFound extends DomainProblem {

    public TeamNotFound(UUID id) {
        super(Kind.NOT_FOUND, "team-not-found", "No team " + id + ".");
    }
}
