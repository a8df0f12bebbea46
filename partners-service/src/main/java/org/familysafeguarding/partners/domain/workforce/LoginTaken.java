package org.familysafeguarding.partners.domain.workforce;

import org.familysafeguarding.platform.problem.DomainProblem;

public class LoginTaken extends DomainProblem {

    public LoginTaken(String login) {
        super(Kind.CONFLICT, "login-taken", "Login '" + login + "' belongs to another practitioner.");
    }
}
