package org.familysafeguarding.caseload.domain.family;

import java.util.Set;
import java.util.UUID;

/** The query condition that keeps a list to families not allocated to a team, or allocated to one of {@code :teams}. */
public final class TeamAllocated {

    private TeamAllocated() {}

    public static String visibleTo(String familyId) {
        return "(not exists (from Allocation a where a.familyId = " + familyId
                + " and a.adultId is null and a.toDate is null) or exists (from Allocation a where a.familyId = "
                + familyId + " and a.adultId is null and a.toDate is null and a.teamId in :teams))";
    }

    /** An empty IN list is not valid SQL; a random id matches no team. */
    public static Set<UUID> nonEmpty(Set<UUID> teams) {
        return teams.isEmpty() ? Set.of(UUID.randomUUID()) : teams;
    }
}
