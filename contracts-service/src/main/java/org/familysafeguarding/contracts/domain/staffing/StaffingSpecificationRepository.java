package org.familysafeguarding.contracts.domain.staffing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StaffingSpecificationRepository implements PanacheRepositoryBase<StaffingSpecification, UUID> {}
