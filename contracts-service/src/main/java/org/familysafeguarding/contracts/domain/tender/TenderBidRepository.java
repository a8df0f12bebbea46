package org.familysafeguarding.contracts.domain.tender;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TenderBidRepository implements PanacheRepositoryBase<TenderBid, UUID> {

    private static final Sort ORDER = Sort.by("submittedAt").and("id");

    public PanacheQuery<TenderBid> ofTender(UUID contractId) {
        return find("contractId", ORDER, contractId);
    }

    public PanacheQuery<TenderBid> ofTenderAndAgency(UUID contractId, UUID agencyId) {
        return find("contractId = ?1 and agencyId = ?2", ORDER, contractId, agencyId);
    }

    public List<TenderBid> allOf(UUID contractId) {
        return ofTender(contractId).list();
    }

    public Optional<TenderBid> byAgency(UUID contractId, UUID agencyId) {
        return ofTenderAndAgency(contractId, agencyId).firstResultOptional();
    }
}
