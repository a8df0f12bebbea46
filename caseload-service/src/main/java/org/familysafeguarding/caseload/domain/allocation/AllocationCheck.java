package org.familysafeguarding.caseload.domain.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.familysafeguarding.caseload.readmodel.Practitioner;
import org.familysafeguarding.caseload.readmodel.Team;

/**
 * The rules an allocation must pass, in the order they are checked; the first that fails refuses
 * it with its own problem type. The council's own staff (a practitioner of an {@code IN_HOUSE}
 * agency who is in one of the council's teams) need neither a contract nor an information-sharing
 * agreement.
 *
 * @param team the team of the allocating council the practitioner is in on the date (for a family:
 *        the team it is allocated to, if the practitioner is in it); empty when they are in none
 * @param openAllocations the practitioner's allocations not yet ended, in any council
 */
public record AllocationCheck(
        Specialism specialism,
        String councilCode,
        LocalDate on,
        Practitioner practitioner,
        boolean inHouse,
        Optional<Team> team,
        boolean commissioned,
        boolean sharingAgreement,
        long openAllocations) {

    public void enforce() {
        if (!practitioner.activeOn(on)) {
            throw new AllocationRefused(
                    "practitioner-not-active",
                    "The practitioner is not in post on " + on + " (start " + practitioner.startDate()
                            + (practitioner.endDate() == null ? "" : ", end " + practitioner.endDate()) + ").");
        }
        if (!specialism.takes(practitioner.role())) {
            throw new AllocationRefused(
                    "role-does-not-match",
                    "A practitioner in the role " + practitioner.role() + " cannot take " + specialism
                            + "; it needs one of " + specialism.roles() + ".");
        }
        Team inTeam = team.orElseThrow(() -> new AllocationRefused(
                "not-in-team",
                "The practitioner is not a member of the team (a team of council " + councilCode + ") on " + on + "."));
        if (!inHouse) {
            boolean needsContract = specialism.commissionedService().isEmpty() || !commissioned;
            if (needsContract) {
                throw new AllocationRefused(
                        "not-commissioned",
                        specialism
                                .commissionedService()
                                .map(service -> "The practitioner's agency is not commissioned for " + service
                                        + " in council " + councilCode + " on " + on + ".")
                                .orElse("Only the council's own staff lead the work with a family."));
            }
            if (!sharingAgreement) {
                throw new AllocationRefused(
                        "no-information-sharing-agreement",
                        "No live information-sharing agreement covers the practitioner's agency in council "
                                + councilCode + " on " + on + ".");
            }
        }
        limit(inTeam).ifPresent(limit -> {
            if (openAllocations >= limit) {
                throw new AllocationRefused(
                        "caseload-limit-reached",
                        "The practitioner already holds "
                                + openAllocations + " open allocation(s); the team's limit for " + practitioner.role()
                                + " at " + practitioner.fte() + " FTE is " + limit + ".");
            }
        });
    }

    /**
     * The team's limit for the role scaled by the practitioner's FTE, rounded down (14 at 0.8 FTE is
     * 11); no limit when the team sets none for the role.
     */
    Optional<Integer> limit(Team inTeam) {
        return inTeam.caseloadLimit(practitioner.role())
                .map(full -> BigDecimal.valueOf(full)
                        .multiply(practitioner.fte())
                        .setScale(0, RoundingMode.FLOOR)
                        .intValue());
    }
}
