package org.familysafeguarding.caseload.domain.probation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProbationRiskFlagRepository implements PanacheRepositoryBase<ProbationRiskFlag, UUID> {

    public List<ProbationRiskFlag> ofAdult(UUID adultId) {
        return list("adultId = ?1 order by status, registeredOn desc, raisedAt desc", adultId);
    }

    public Optional<ProbationRiskFlag> byRegistration(UUID adultId, String registrationId) {
        return find("adultId = ?1 and registrationId = ?2", adultId, registrationId)
                .firstResultOptional();
    }

    /** Deregistration names the register type, not the registration: every active flag of that code ends. */
    public List<ProbationRiskFlag> activeOfCode(UUID adultId, String registerCode) {
        return list("adultId = ?1 and registerCode = ?2 and status = ?3", adultId, registerCode, FlagStatus.ACTIVE);
    }
}
