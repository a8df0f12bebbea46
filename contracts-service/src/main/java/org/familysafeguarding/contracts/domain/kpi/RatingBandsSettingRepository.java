package org.familysafeguarding.contracts.domain.kpi;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RatingBandsSettingRepository implements PanacheRepositoryBase<RatingBandsSetting, UUID> {

    public Optional<RatingBandsSetting> ofCouncil(String councilCode) {
        return find("councilCode = ?1 and contractId is null", councilCode).firstResultOptional();
    }

    public Optional<RatingBandsSetting> ofContract(UUID contractId) {
        return find("contractId", contractId).firstResultOptional();
    }
}
