package org.familysafeguarding.caseload.readmodel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A practitioner as partners-service reports them: no name, only what allocation needs (agency,
 * role, FTE, dates in post) and the login that ties a token to them.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    public record State(
            UUID agencyId, String role, BigDecimal fte, LocalDate startDate, LocalDate endDate, String login) {}

    @Id
    private UUID id;

    @Column(name = "agency_id", nullable = false)
    private UUID agencyId;

    @Column(nullable = false)
    private String role;

    private BigDecimal fte;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String login;

    /** When the state held was published; null when the event carried no time. */
    @Column(name = "as_of")
    private Instant asOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Practitioner() {}

    public static Practitioner known(UUID id, State state, Instant asOf, Instant now) {
        var practitioner = new Practitioner();
        practitioner.id = id;
        practitioner.take(state, asOf, now);
        return practitioner;
    }

    /**
     * Takes a reported state unless it was published before the one held (events of one
     * practitioner share a partition, so this guards replays and re-sends, not normal traffic).
     */
    public boolean follow(State state, Instant publishedAt, Instant now) {
        if (publishedAt != null && asOf != null && publishedAt.isBefore(asOf)) {
            return false;
        }
        take(state, publishedAt, now);
        return true;
    }

    private void take(State state, Instant publishedAt, Instant now) {
        this.agencyId = state.agencyId();
        this.role = state.role();
        this.fte = state.fte();
        this.startDate = state.startDate();
        this.endDate = state.endDate();
        this.login = state.login();
        if (publishedAt != null) {
            this.asOf = publishedAt;
        }
        this.updatedAt = now;
    }

    /** In post on the date: started, and not yet past their end date. */
    public boolean activeOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    public UUID id() {
        return id;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String role() {
        return role;
    }

    /** Full-time equivalent; 1.0 when partners-service did not say. */
    public BigDecimal fte() {
        return fte == null ? BigDecimal.ONE : fte;
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
}
