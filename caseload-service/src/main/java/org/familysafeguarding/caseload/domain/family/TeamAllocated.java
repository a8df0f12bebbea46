package org.familysafeguarding.caseload.domain.family;

import java.util.Set;
import java.util.UUID;

/** The query condition that keeps a list to families not allocated to a team, or allocated to one of {@code :teams}. */
public final class TeamAllocated {

    private TeamAllocated() {}

    /**
     * One anti-join: no open lead allocation of the family to a team outside {@code :teams} (a family has at most one
     * open lead allocation). PostgreSQL probes the allocation's index for each listed family as the list pages, rather
     * than hashing every open allocation of every council first, as the OR of two subqueries it replaced made it do.
     */
    public static String visibleTo(String familyId) {
        return "not exists (from Allocation a where a.familyId = " + familyId
                + " and a.adultId is null and a.toDate is null and (a.teamId is null or a.teamId not in :teams))";
    }

    /** An empty IN list is not valid SQL; a random id matches no team. */
    public static Set<UUID> nonEmpty(Set<UUID> teams) {
        return teams.isEmpty() ? Set.of(UUID.randomUUID()) : teams;
    }
}
