package org.familysafeguarding.caseload.domain.family;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AdultRepository implements PanacheRepositoryBase<Adult, UUID> {

    /**
     * The adult, its row locked until the transaction ends; locked by a query of its own before the
     * adult is loaded, for the reason {@link ChildRepository#lockedById} gives (here the relationships).
     */
    public Adult lockedById(UUID id) {
        getEntityManager()
                .createNativeQuery("select id from adult where id = :id for update")
                .setParameter("id", id)
                .getResultList();
        return findById(id);
    }

    /** The adult holding this CRN, if any (one at most across the platform). */
    public java.util.Optional<Adult> holderOfCrn(String crn) {
        return find("crn", crn).firstResultOptional();
    }

    /** The adult holding this NHS number, if any (one at most across the platform). */
    public java.util.Optional<Adult> holderOfNhsNumber(String nhsNumber) {
        return find("nhsNumber", nhsNumber).firstResultOptional();
    }

    public List<Adult> ofFamily(UUID familyId) {
        return list("familyId", Sort.by("createdAt").and("id"), familyId);
    }

    /** Other adults of the council that may be this one. */
    public List<PossibleDuplicate> possibleDuplicates(Adult adult) {
        var found = new ArrayList<PossibleDuplicate>();
        if (adult.nhsNumber() != null) {
            add(found, "nhsNumber = ?3", adult.nhsNumber(), adult, PossibleDuplicate.Reason.SAME_NHS_NUMBER);
        }
        if (adult.crn() != null) {
            add(found, "crn = ?3", adult.crn(), adult, PossibleDuplicate.Reason.SAME_CRN);
        }
        if (adult.dateOfBirth() != null) {
            find(
                            "councilCode = ?1 and id <> ?2 and lower(name.family) = ?3 and lower(name.given) = ?4"
                                    + " and dateOfBirth = ?5",
                            adult.councilCode(),
                            adult.id(),
                            adult.name().family().toLowerCase(),
                            adult.name().given().toLowerCase(),
                            adult.dateOfBirth())
                    .range(0, ChildRepository.DUPLICATES_PER_REASON - 1)
                    .list()
                    .forEach(other -> found.add(new PossibleDuplicate(
                            other.id(), other.familyId(), PossibleDuplicate.Reason.SAME_NAME_AND_DATE_OF_BIRTH)));
        }
        return found;
    }

    private void add(
            List<PossibleDuplicate> found,
            String condition,
            String value,
            Adult adult,
            PossibleDuplicate.Reason reason) {
        find("councilCode = ?1 and id <> ?2 and " + condition, adult.councilCode(), adult.id(), value)
                .range(0, ChildRepository.DUPLICATES_PER_REASON - 1)
                .list()
                .forEach(other -> found.add(new PossibleDuplicate(other.id(), other.familyId(), reason)));
    }
}
