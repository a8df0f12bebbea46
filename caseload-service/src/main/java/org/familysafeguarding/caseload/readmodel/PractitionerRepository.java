package org.familysafeguarding.caseload.readmodel;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PractitionerRepository implements PanacheRepositoryBase<Practitioner, UUID> {

    /** The practitioner a token's login names; a login is tied to one practitioner at a time. */
    public Optional<Practitioner> byLogin(String login) {
        return find("login = ?1 order by updatedAt desc", login).firstResultOptional();
    }
}
