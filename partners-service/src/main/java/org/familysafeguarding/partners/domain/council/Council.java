package org.familysafeguarding.partners.domain.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

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

/** A council: a tenant of the platform, known by its ONS GSS code. */
@Entity
@Table(name = "council")
public class Council {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "la_number", nullable = false)
    private String localAuthorityNumber;

    @Column(name = "model_adopted_on")
    private LocalDate modelAdoptedOn;

    @Column(name = "in_hours_phone", nullable = false)
    private String inHoursPhone;

    @Column(name = "out_of_hours_phone", nullable = false)
    private String outOfHoursPhone;

    @Embedded
    private DecisionThresholds decisionThresholds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_child_population", joinColumns = @JoinColumn(name = "council_code"))
    private List<ChildPopulation> childPopulation = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Council() {}

    public record Details(
            String name,
            String localAuthorityNumber,
            LocalDate modelAdoptedOn,
            String inHoursPhone,
            String outOfHoursPhone,
            DecisionThresholds decisionThresholds,
            List<ChildPopulation> childPopulation) {

        public Details {
            childPopulation = childPopulation == null ? List.of() : List.copyOf(childPopulation);
            var years = new HashSet<Integer>();
            for (ChildPopulation year : childPopulation) {
                if (!years.add(year.year())) {
                    throw new CouncilRuleViolated(
                            "population-year-repeated",
                            "The child population of " + year.year() + " is given more than once.");
                }
            }
        }
    }

    public static Council register(String code, Details details, Instant now) {
        var council = new Council();
        council.code = code;
        council.createdAt = now;
        council.change(details, now);
        return council;
    }

    public void change(Details details, Instant now) {
        this.name = details.name().strip();
        this.localAuthorityNumber = details.localAuthorityNumber();
        this.modelAdoptedOn = details.modelAdoptedOn();
        this.inHoursPhone = details.inHoursPhone();
        this.outOfHoursPhone = details.outOfHoursPhone();
        this.decisionThresholds = details.decisionThresholds();
        this.childPopulation.clear();
        details.childPopulation().stream()
                .sorted(Comparator.comparingInt(ChildPopulation::year))
                .forEach(this.childPopulation::add);
        this.updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String localAuthorityNumber() {
        return localAuthorityNumber;
    }

    public LocalDate modelAdoptedOn() {
        return modelAdoptedOn;
    }

    public String inHoursPhone() {
        return inHoursPhone;
    }

    public String outOfHoursPhone() {
        return outOfHoursPhone;
    }

    public DecisionThresholds decisionThresholds() {
        return decisionThresholds;
    }

    public List<ChildPopulation> childPopulation() {
        return List.copyOf(childPopulation);
    }

    public Instant registeredAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
