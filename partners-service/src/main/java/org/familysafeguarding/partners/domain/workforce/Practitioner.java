package org.familysafeguarding.partners.domain.workforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A worker of a partner agency (or of a council's own in-house service) in the partnership. */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    public static final BigDecimal MIN_FTE = new BigDecimal("0.10");
    public static final BigDecimal MAX_FTE = new BigDecimal("1.00");

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PractitionerRole role;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_body")
    private RegistrationBody registrationBody;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "mi_trained_on")
    private LocalDate motivationalInterviewingTrainedOn;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    /** The identity provider username that ties a token to this practitioner. */
    @Column(nullable = false)
    private String login;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Practitioner() {}

    public record Details(
            String givenName,
            String familyName,
            PractitionerRole role,
            BigDecimal fte,
            RegistrationBody registrationBody,
            String registrationNumber,
            LocalDate motivationalInterviewingTrainedOn,
            LocalDate startDate,
            LocalDate endDate,
            String login) {

        public Details {
            if (fte == null || fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0) {
                throw new WorkforceRuleViolated("fte-out-of-range", "FTE must be from 0.1 to 1.0, not " + fte + ".");
            }
            if (endDate != null && endDate.isBefore(startDate)) {
                throw new WorkforceRuleViolated("ends-before-start", "A practitioner cannot leave before they start.");
            }
            if ((registrationBody == null) != (registrationNumber == null)) {
                throw new WorkforceRuleViolated(
                        "registration-incomplete", "A registration needs both its body and its number.");
            }
            if (registrationBody != null && !registrationBody.accepts(registrationNumber)) {
                throw new WorkforceRuleViolated(
                        "invalid-registration-number",
                        "'" + registrationNumber + "' is not a " + registrationBody + " registration number.");
            }
            var accepted = role.acceptedRegisters();
            if (!accepted.isEmpty() && (registrationBody == null || !accepted.contains(registrationBody))) {
                throw new WorkforceRuleViolated(
                        "registration-required", "A " + role + " must be registered with one of " + accepted + ".");
            }
        }
    }

    public static Practitioner register(UUID agencyId, Details details, Instant now) {
        var practitioner = new Practitioner();
        practitioner.id = UUID.randomUUID();
        practitioner.agencyId = agencyId;
        practitioner.change(details, now);
        return practitioner;
    }

    public void change(Details details, Instant now) {
        givenName = details.givenName().strip();
        familyName = details.familyName().strip();
        role = details.role();
        fte = details.fte();
        registrationBody = details.registrationBody();
        registrationNumber = details.registrationNumber();
        motivationalInterviewingTrainedOn = details.motivationalInterviewingTrainedOn();
        startDate = details.startDate();
        endDate = details.endDate();
        login = details.login();
        updatedAt = now;
    }

    public boolean inPostOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public PractitionerRole role() {
        return role;
    }

    public BigDecimal fte() {
        return fte;
    }

    public RegistrationBody registrationBody() {
        return registrationBody;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public LocalDate motivationalInterviewingTrainedOn() {
        return motivationalInterviewingTrainedOn;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String login() {
        return login;
    }

    public long version() {
        return version;
    }
}
