package org.familysafeguarding.caseload.domain.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    public long openOf(UUID practitionerId) {
        return count("practitionerId = ?1 and toDate is null", practitionerId);
    }

    /** The family's open allocation to a team, if it has one. */
    public Optional<Allocation> openLeadOf(UUID familyId) {
        return find("familyId = ?1 and adultId is null and toDate is null", familyId)
                .firstResultOptional();
    }

    public Optional<Allocation> openFor(UUID adultId, Specialism specialism) {
        return find("adultId = ?1 and specialism = ?2 and toDate is null", adultId, specialism)
                .firstResultOptional();
    }

    /** The family's allocations and its adults', newest first: the history. */
    public List<Allocation> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by fromDate desc, createdAt desc", familyId);
    }

    public List<Allocation> ofAdult(UUID adultId) {
        return list("adultId = ?1 order by fromDate desc, createdAt desc", adultId);
    }

    /** The practitioner's open allocations in these councils. */
    public List<Allocation> openOfPractitioner(UUID practitionerId, Collection<String> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        return list(
                "practitionerId = ?1 and toDate is null and councilCode in ?2 order by fromDate",
                practitionerId,
                councils);
    }

    /** Whether the practitioner holds an open allocation in the family (with an adult, or as its lead). */
    public boolean anyOpenInFamily(UUID practitionerId, UUID familyId) {
        return count("practitionerId = ?1 and familyId = ?2 and toDate is null", practitionerId, familyId) > 0;
    }

    /** The practitioner's open allocations with the adult (their own specialism or as the family's lead). */
    public Optional<Allocation> openWith(UUID practitionerId, UUID adultId, UUID familyId) {
        return find(
                        "practitionerId = ?1 and toDate is null and (adultId = ?2 or (adultId is null and familyId = ?3))"
                                + " order by fromDate",
                        practitionerId,
                        adultId,
                        familyId)
                .firstResultOptional();
    }

    /**
     * The practitioner's allocation with the adult that ended on or after {@code endedFrom} and was
     * open on {@code day}: late recording of work done under it.
     */
    public Optional<Allocation> endedCovering(
            UUID practitionerId, UUID adultId, UUID familyId, LocalDate day, LocalDate endedFrom) {
        return find(
                        "practitionerId = ?1 and toDate >= ?4 and fromDate <= ?5 and toDate >= ?5"
                                + " and (adultId = ?2 or (adultId is null and familyId = ?3)) order by toDate desc",
                        practitionerId,
                        adultId,
                        familyId,
                        endedFrom,
                        day)
                .firstResultOptional();
    }

    public boolean anyOpenWith(UUID practitionerId, UUID adultId) {
        return count("practitionerId = ?1 and adultId = ?2 and toDate is null", practitionerId, adultId) > 0;
    }

    /** Whether the family's open team allocation is to one of these teams. */
    public boolean familyOpenToAny(UUID familyId, Collection<UUID> teamIds) {
        return !teamIds.isEmpty()
                && count("familyId = ?1 and adultId is null and toDate is null and teamId in ?2", familyId, teamIds)
                        > 0;
    }
}
