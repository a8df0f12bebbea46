package org.familysafeguarding.partners.domain.sharing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<InformationSharingAgreement, UUID> {

    public PanacheQuery<InformationSharingAgreement> ofCouncil(String councilCode) {
        return find("councilCode", Sort.descending("startDate").and("id"), councilCode);
    }

    public PanacheQuery<InformationSharingAgreement> withAgency(UUID agencyId) {
        return find("?1 member of agencyIds", Sort.descending("startDate").and("id"), agencyId);
    }
}
