package org.familysafeguarding.partners.domain.duediligence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DueDiligencePolicyRepository implements PanacheRepositoryBase<DueDiligencePolicy, String> {}
