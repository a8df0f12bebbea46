package org.familysafeguarding.caseload.domain.family;

import java.util.Set;
import java.util.UUID;

/** The query condition that keeps a list to families not allocated to a team, or allocated to one of {@code :teams}. */
public final class TeamAllocated {

    private TeamAllocated() {}

    /**
     * No open lead allocation of the family to a team outside {@code :teams} (a family has at most one open lead
     * allocation), asked of each listed family through the allocation's unique index. The {@code offset 0} (HQL wants an order for it) keeps
     * PostgreSQL from turning the subquery into a join: as a join (or as the OR of two subqueries this replaced) it
     * hashes or merges every open allocation of every council before the first row, so a page cost more as the
     * partnership grew; asked per family, a page reads its own rows and a count reads the council's.
     */
    public static String visibleTo(String familyId) {
        return "not exists (select 1 from Allocation a where a.familyId = " + familyId
                + " and a.adultId is null and a.toDate is null and (a.teamId is null or a.teamId not in :teams)"
                + " order by a.id offset 0)";
    }

    /** An empty IN list is not valid SQL; a random id matches no team. */
    public static Set<UUID> nonEmpty(Set<UUID> teams) {
        return teams.isEmpty() ? Set.of(UUID.randomUUID()) : teams;
    }
}
