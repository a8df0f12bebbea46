package org.familysafeguarding.partners.domain.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An information-sharing agreement between a council and partner agencies. While it is live, the
 * agencies' staff may see that council's records their work needs; the other services decide
 * access with it.
 */
@Entity
@Table(name = "sharing_agreement")
public class InformationSharingAgreement {

    public enum Status {
        SIGNED,
        ENDED
    }

    @Id
    private UUID id;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sharing_agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "agency_id", nullable = false)
    private Set<UUID> agencyIds = new HashSet<>();

    @Column(nullable = false)
    private String purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sharing_agreement_basis", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false)
    private Set<LawfulBasis> lawfulBases = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sharing_agreement_category", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Set<DataCategory> dataCategories = new HashSet<>();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Version
    private long version;

    protected InformationSharingAgreement() {}

    public record Terms(
            Set<UUID> agencyIds,
            String purpose,
            Set<LawfulBasis> lawfulBases,
            Set<DataCategory> dataCategories,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate reviewDate) {

        public Terms {
            if (agencyIds.isEmpty()) {
                throw new AgreementRuleViolated("no-agency", "An agreement needs at least one partner agency.");
            }
            if (!endDate.isAfter(startDate)) {
                throw new AgreementRuleViolated("ends-before-start", "An agreement must end after it starts.");
            }
            if (reviewDate.isBefore(startDate) || reviewDate.isAfter(endDate)) {
                throw new AgreementRuleViolated(
                        "review-outside-term", "The review date must fall within the agreement.");
            }
            if (lawfulBases.stream().noneMatch(LawfulBasis::isArticle6)) {
                throw new AgreementRuleViolated(
                        "no-article-6-basis",
                        "Sharing personal data needs a UK GDPR Art. 6 lawful basis, such as Art. 6(1)(e) public task.");
            }
            boolean special = dataCategories.stream().anyMatch(c -> c.kind() == DataCategory.Kind.SPECIAL);
            if (special && lawfulBases.stream().noneMatch(LawfulBasis::coversSpecialCategory)) {
                throw new AgreementRuleViolated(
                        "no-article-9-condition",
                        "Special category data (health, substance use, ethnicity) needs an Art. 9 condition, such as Art. 9(2)(g).");
            }
            boolean criminal = dataCategories.stream().anyMatch(c -> c.kind() == DataCategory.Kind.CRIMINAL);
            if (criminal && lawfulBases.stream().noneMatch(LawfulBasis::coversCriminalOffenceData)) {
                throw new AgreementRuleViolated(
                        "no-criminal-offence-condition",
                        "Criminal offence data needs a DPA 2018 Schedule 1 condition, such as para 18 (safeguarding).");
            }
        }
    }

    public static InformationSharingAgreement sign(String councilCode, Terms terms, String by, Instant now) {
        var agreement = new InformationSharingAgreement();
        agreement.id = UUID.randomUUID();
        agreement.councilCode = councilCode;
        agreement.agencyIds.addAll(terms.agencyIds());
        agreement.purpose = terms.purpose().strip();
        agreement.lawfulBases.addAll(terms.lawfulBases());
        agreement.dataCategories.addAll(terms.dataCategories());
        agreement.startDate = terms.startDate();
        agreement.endDate = terms.endDate();
        agreement.reviewDate = terms.reviewDate();
        agreement.status = Status.SIGNED;
        agreement.signedBy = by;
        agreement.signedAt = now;
        return agreement;
    }

    public void end(LocalDate on, String reason) {
        if (status == Status.ENDED) {
            throw new AgreementRuleViolated("already-ended", "The agreement ended on " + endedOn + ".");
        }
        if (on.isBefore(startDate)) {
            throw new AgreementRuleViolated("ends-before-start", "An agreement cannot end before it starts.");
        }
        status = Status.ENDED;
        endedOn = on;
        endReason = reason;
    }

    /** Live on a day: signed, started, not past its end, not ended early. */
    public boolean liveOn(LocalDate day) {
        LocalDate last = status == Status.ENDED ? endedOn : endDate;
        return !day.isBefore(startDate) && !day.isAfter(last);
    }

    public UUID id() {
        return id;
    }

    public String councilCode() {
        return councilCode;
    }

    public Set<UUID> agencyIds() {
        return Set.copyOf(agencyIds);
    }

    public String purpose() {
        return purpose;
    }

    public Set<LawfulBasis> lawfulBases() {
        return lawfulBases.isEmpty() ? Set.of() : EnumSet.copyOf(lawfulBases);
    }

    public Set<DataCategory> dataCategories() {
        return dataCategories.isEmpty() ? Set.of() : EnumSet.copyOf(dataCategories);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public Status status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }
}
