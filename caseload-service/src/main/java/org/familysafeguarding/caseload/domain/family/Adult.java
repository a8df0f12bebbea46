package org.familysafeguarding.caseload.domain.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.identifier.ProbationCaseReference;

/**
 * An adult of a family (a parent, carer or other adult in the household): the person the
 * adult-facing practitioners work with. Related to one or more of the family's children.
 */
@Entity
@Table(name = "adult")
public class Adult {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Embedded
    private PersonName name;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "nhs_number")
    private String nhsNumber;

    private String crn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adult_child_relationship", joinColumns = @JoinColumn(name = "adult_id"))
    private List<ChildRelationship> relationships = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Adult() {}

    public record Details(
            PersonName name,
            LocalDate dateOfBirth,
            NhsNumber nhsNumber,
            ProbationCaseReference crn,
            List<ChildRelationship> relationships) {

        public Details {
            relationships = relationships == null ? List.of() : List.copyOf(relationships);
        }
    }

    /**
     * @param childrenOfFamily the ids of the family's children: an adult relates only to those
     */
    public static Adult record(
            Family family, Details details, Set<UUID> childrenOfFamily, LocalDate today, Instant now) {
        var adult = new Adult();
        adult.id = UUID.randomUUID();
        adult.familyId = family.id();
        adult.councilCode = family.councilCode();
        adult.createdAt = now;
        adult.change(details, childrenOfFamily, today, now);
        return adult;
    }

    public void change(Details details, Set<UUID> childrenOfFamily, LocalDate today, Instant now) {
        if (details.dateOfBirth() != null
                && (details.dateOfBirth().isAfter(today.minusYears(10))
                        || details.dateOfBirth().isBefore(today.minusYears(120)))) {
            throw new FamilyRuleViolated(
                    "adult-date-of-birth-implausible",
                    "An adult's date of birth must be between 10 and 120 years ago.");
        }
        var seen = new HashSet<UUID>();
        for (ChildRelationship relationship : details.relationships()) {
            if (!childrenOfFamily.contains(relationship.childId())) {
                throw new FamilyRuleViolated(
                        "child-not-in-family", "Child " + relationship.childId() + " is not a child of this family.");
            }
            if (!seen.add(relationship.childId())) {
                throw new FamilyRuleViolated(
                        "relationship-repeated",
                        "Give one relationship per child; child " + relationship.childId() + " appears twice.");
            }
        }
        this.name = details.name();
        this.dateOfBirth = details.dateOfBirth();
        this.nhsNumber =
                details.nhsNumber() == null ? null : details.nhsNumber().value();
        this.crn = details.crn() == null ? null : details.crn().value();
        this.relationships.clear();
        this.relationships.addAll(details.relationships());
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID familyId() {
        return familyId;
    }

    public String councilCode() {
        return councilCode;
    }

    public PersonName name() {
        return name;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String crn() {
        return crn;
    }

    public List<ChildRelationship> relationships() {
        return List.copyOf(relationships);
    }

    public long version() {
        return version;
    }
}
