package org.familysafeguarding.caseload.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * What this service knows of a council of the partnership, learnt from partners-service events.
 * Only partners-service changes councils; this copy follows the newest state it has seen.
 */
@Entity
@Table(name = "council")
public class Council {

    @Embeddable
    public record ChildPopulation(
            @Column(name = "year") int year,
            @Column(name = "children") int children) {}

    public record State(
            String name,
            String localAuthorityNumber,
            LocalDate modelAdoptedOn,
            List<ChildPopulation> childPopulation,
            String inHoursPhone,
            String outOfHoursPhone,
            Instant asOf) {

        public State(
                String name,
                String localAuthorityNumber,
                LocalDate modelAdoptedOn,
                List<ChildPopulation> childPopulation,
                Instant asOf) {
            this(name, localAuthorityNumber, modelAdoptedOn, childPopulation, null, null, asOf);
        }
    }

    @Id
    @Column(name = "council_code")
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "local_authority_number")
    private String localAuthorityNumber;

    @Column(name = "model_adopted_on")
    private LocalDate modelAdoptedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_child_population", joinColumns = @JoinColumn(name = "council_code"))
    private List<ChildPopulation> childPopulation = new ArrayList<>();

    /** The children's social care front door, for NHS staff (null until partners-service sends it). */
    @Column(name = "in_hours_phone")
    private String inHoursPhone;

    /** The emergency duty team. */
    @Column(name = "out_of_hours_phone")
    private String outOfHoursPhone;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Council() {}

    public static Council known(String code, State state, Instant now) {
        var council = new Council();
        council.code = code;
        council.take(state, now);
        return council;
    }

    /** Takes a reported state unless it is older than the one held; answers whether it was taken. */
    public boolean follow(State state, Instant now) {
        if (state.asOf().isBefore(asOf)) {
            return false;
        }
        take(state, now);
        return true;
    }

    private void take(State state, Instant now) {
        this.name = state.name();
        this.localAuthorityNumber = state.localAuthorityNumber();
        this.modelAdoptedOn = state.modelAdoptedOn();
        this.childPopulation.clear();
        this.childPopulation.addAll(state.childPopulation());
        this.inHoursPhone = state.inHoursPhone();
        this.outOfHoursPhone = state.outOfHoursPhone();
        this.asOf = state.asOf();
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

    public List<ChildPopulation> childPopulation() {
        return List.copyOf(childPopulation);
    }

    public String inHoursPhone() {
        return inHoursPhone;
    }

    public String outOfHoursPhone() {
        return outOfHoursPhone;
    }

    public Instant asOf() {
        return asOf;
    }
}
