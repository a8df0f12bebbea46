package org.familysafeguarding.caseload.domain.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    static final int DUPLICATES_PER_REASON = 10;

    /**
     * The child, its row locked until the transaction ends. The row is locked by a query of its own
     * before the child is loaded: loading with a pessimistic lock makes Hibernate 7.2 lock the eagerly
     * fetched disabilities in a follow-on query (PostgreSQL cannot lock outer-joined rows), which now
     * and then fails inside Hibernate with a NullPointerException.
     */
    public Child lockedById(UUID id) {
        getEntityManager()
                .createNativeQuery("select id from child where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return findById(id);
    }

    public List<Child> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("createdAt").and("id"), familyId);
    }

    /**
     * The council's children, found by their council child id (exactly) or by family name (its
     * start, any case); both optional.
     */
    public PanacheQuery<Child> search(String councilCode, String familyNameStartsWith, String councilChildId) {
        return search(councilCode, familyNameStartsWith, councilChildId, Optional.empty());
    }

    /** @param teams when present, only children of families not allocated to a team or allocated to one of these */
    public PanacheQuery<Child> search(
            String councilCode, String familyNameStartsWith, String councilChildId, Optional<Set<UUID>> teams) {
        var where = new StringBuilder("from Child c where c.councilCode = :council");
        var params = new java.util.HashMap<String, Object>();
        params.put("council", councilCode);
        if (councilChildId != null && !councilChildId.isBlank()) {
            where.append(" and c.councilChildId = :childId");
            params.put("childId", councilChildId.strip());
        }
        if (familyNameStartsWith != null && !familyNameStartsWith.isBlank()) {
            where.append(" and lower(c.name.family) like :surname");
            params.put("surname", Like.prefix(familyNameStartsWith));
        }
        teams.ifPresent(visible -> {
            where.append(" and ").append(TeamAllocated.visibleTo("c.familyId"));
            params.put("teams", TeamAllocated.nonEmpty(visible));
        });
        return find(
                where.append(" order by lower(c.name.family), lower(c.name.given), c.id")
                        .toString(),
                params);
    }

    /** Other children of the council that may be this one. */
    public List<PossibleDuplicate> possibleDuplicates(Child child) {
        var found = new ArrayList<PossibleDuplicate>();
        if (child.nhsNumber() != null) {
            add(found, "nhsNumber", child.nhsNumber(), child, PossibleDuplicate.Reason.SAME_NHS_NUMBER);
        }
        if (child.upn() != null) {
            add(found, "upn", child.upn(), child, PossibleDuplicate.Reason.SAME_UPN);
        }
        add(found, "councilChildId", child.councilChildId(), child, PossibleDuplicate.Reason.SAME_COUNCIL_CHILD_ID);
        if (child.dateOfBirth() != null) {
            find(
                            "councilCode = ?1 and id <> ?2 and lower(name.family) = ?3 and lower(name.given) = ?4"
                                    + " and dateOfBirth = ?5",
                            child.councilCode(),
                            child.id(),
                            child.name().family().toLowerCase(),
                            child.name().given().toLowerCase(),
                            child.dateOfBirth())
                    .range(0, DUPLICATES_PER_REASON - 1)
                    .list()
                    .forEach(other -> found.add(new PossibleDuplicate(
                            other.id(), other.familyId(), PossibleDuplicate.Reason.SAME_NAME_AND_DATE_OF_BIRTH)));
        }
        return found;
    }

    private void add(
            List<PossibleDuplicate> found, String field, String value, Child child, PossibleDuplicate.Reason reason) {
        find("councilCode = ?1 and id <> ?2 and " + field + " = ?3", child.councilCode(), child.id(), value)
                .range(0, DUPLICATES_PER_REASON - 1)
                .list()
                .forEach(other -> found.add(new PossibleDuplicate(other.id(), other.familyId(), reason)));
    }
}
