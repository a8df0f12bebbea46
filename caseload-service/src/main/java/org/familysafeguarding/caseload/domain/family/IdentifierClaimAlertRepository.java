package org.familysafeguarding.caseload.domain.family;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IdentifierClaimAlertRepository implements PanacheRepositoryBase<IdentifierClaimAlert, UUID> {

    public PanacheQuery<IdentifierClaimAlert> ofCouncil(String council) {
        return find("councilCode", Sort.descending("claimedAt").and("id"), council);
    }
}
