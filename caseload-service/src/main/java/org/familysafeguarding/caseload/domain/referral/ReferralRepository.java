package org.familysafeguarding.caseload.domain.referral;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public List<Referral> allOfChild(UUID childId) {
        return list("childId", Sort.by("referralDate"), childId);
    }

    /** The child's referrals, latest first. */
    public PanacheQuery<Referral> ofChild(UUID childId) {
        return find("childId", Sort.descending("referralDate").and("id"), childId);
    }
}
