package org.familysafeguarding.caseload.readmodel;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, String> {}
