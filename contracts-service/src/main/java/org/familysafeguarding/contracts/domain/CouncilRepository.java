package org.familysafeguarding.contracts.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {
}
