package org.familysafeguarding.caseload.domain.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
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

import org.familysafeguarding.caseload.domain.code.CinCodeList;
import org.familysafeguarding.caseload.domain.identifier.NhsNumber;
import org.familysafeguarding.caseload.domain.identifier.UniquePupilNumber;

/**
 * A child of a family, coded as the CIN census codes children: sex, ethnicity and disabilities
 * from its code lists, the council's own child id (LAchildID), UPN and NHS number when known. An
 * unborn child has an expected date of birth instead of a date of birth.
 */
@Entity
@Table(name = "child")
public class Child {

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

    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;

    @Column(nullable = false)
    private String sex;

    @Column(nullable = false)
    private String ethnicity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_disability", joinColumns = @JoinColumn(name = "child_id"))
    @Column(name = "code")
    private Set<String> disabilities = new LinkedHashSet<>();

    private String upn;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "council_child_id", nullable = false)
    private String councilChildId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Child() {}

    public record Details(
            PersonName name,
            LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth,
            String sex,
            String ethnicity,
            Set<String> disabilities,
            UniquePupilNumber upn,
            NhsNumber nhsNumber,
            String councilChildId) {

        public Details {
            disabilities = disabilities == null ? Set.of() : Set.copyOf(disabilities);
        }
    }

    /**
     * @param today the service's today, to refuse a birth in the future or an expected birth in the past
     */
    public static Child record(Family family, Details details, LocalDate today, Instant now) {
        var child = new Child();
        child.id = UUID.randomUUID();
        child.familyId = family.id();
        child.councilCode = family.councilCode();
        child.createdAt = now;
        child.change(details, today, now);
        return child;
    }

    public void change(Details details, LocalDate today, Instant now) {
        if ((details.dateOfBirth() == null) == (details.expectedDateOfBirth() == null)) {
            throw new FamilyRuleViolated(
                    "birth-date-required",
                    "Give a date of birth, or an expected date of birth for an unborn child, not both.");
        }
        if (details.dateOfBirth() != null && details.dateOfBirth().isAfter(today)) {
            throw new FamilyRuleViolated("birth-in-future", "A date of birth cannot be in the future.");
        }
        if (details.dateOfBirth() != null && details.dateOfBirth().isBefore(today.minusYears(25))) {
            throw new FamilyRuleViolated("not-a-child", "A child's date of birth cannot be more than 25 years ago.");
        }
        if (details.expectedDateOfBirth() != null
                && details.expectedDateOfBirth().isAfter(today.plusMonths(10))) {
            throw new FamilyRuleViolated(
                    "expected-birth-too-far", "An expected date of birth is at most ten months ahead.");
        }
        var disabilities = new TreeSet<String>();
        for (String code : details.disabilities()) {
            disabilities.add(CinCodeList.DISABILITY.require("disabilities", code));
        }
        if (disabilities.contains("NONE") && disabilities.size() > 1) {
            throw new FamilyRuleViolated(
                    "disability-none-with-others", "Disability NONE cannot be combined with other disability codes.");
        }
        this.name = details.name();
        this.dateOfBirth = details.dateOfBirth();
        this.expectedDateOfBirth = details.expectedDateOfBirth();
        this.sex = CinCodeList.SEX.require("sex", details.sex());
        this.ethnicity = CinCodeList.ETHNICITY.require("ethnicity", details.ethnicity());
        this.disabilities.clear();
        this.disabilities.addAll(disabilities);
        this.upn = details.upn() == null ? null : details.upn().value();
        this.nhsNumber =
                details.nhsNumber() == null ? null : details.nhsNumber().value();
        this.councilChildId = details.councilChildId().strip();
        this.updatedAt = now;
    }

    public boolean unborn() {
        return dateOfBirth == null;
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

    public LocalDate expectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public String sex() {
        return sex;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public Set<String> disabilities() {
        return Set.copyOf(disabilities);
    }

    public String upn() {
        return upn;
    }

    public String nhsNumber() {
        return nhsNumber;
    }

    public String councilChildId() {
        return councilChildId;
    }

    public long version() {
        return version;
    }
}
