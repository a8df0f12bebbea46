package org.familysafeguarding.contracts.domain.tender;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TenderEvaluationRepository implements PanacheRepositoryBase<TenderEvaluation, UUID> {}
