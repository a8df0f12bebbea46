package org.familysafeguarding.caseload.domain.familystar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import org.familysafeguarding.caseload.domain.family.Adult;

/**
 * A parent's Family Star Plus reading: a score of 1 to 10 in each of the ten outcome areas, taken
 * at the start, at reviews at least three months apart, and at closure.
 */
@Entity
@Table(name = "family_star_reading")
public class FamilyStarReading {

    public static final int MONTHS_BETWEEN_READINGS = 3;

    @Id
    private UUID id;

    @Column(name = "adult_id", nullable = false, updatable = false)
    private UUID adultId;

    @Column(name = "council_code", nullable = false, updatable = false)
    private String councilCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FamilyStarStage stage;

    @Column(name = "reading_date", nullable = false, updatable = false)
    private LocalDate readingDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "family_star_score", joinColumns = @JoinColumn(name = "reading_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "area")
    @Column(name = "score", nullable = false)
    private Map<FamilyStarArea, Integer> scores = new EnumMap<>(FamilyStarArea.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FamilyStarReading() {}

    /**
     * @param earlier the parent's readings so far
     */
    public static FamilyStarReading take(
            Adult parent,
            FamilyStarStage stage,
            LocalDate date,
            Map<FamilyStarArea, Integer> scores,
            List<FamilyStarReading> earlier,
            LocalDate today,
            Instant now) {
        if (date.isAfter(today)) {
            throw new FamilyStarRuleViolated("reading-in-future", "A Family Star reading cannot be in the future.");
        }
        requireAllAreasScored(scores);
        var previous = earlier.stream().max(Comparator.comparing(FamilyStarReading::readingDate));
        switch (stage) {
            case START -> {
                if (!earlier.isEmpty()) {
                    throw new FamilyStarRuleViolated(
                            "already-started", "The parent's Family Star already has its start reading.");
                }
            }
            case REVIEW, CLOSURE -> {
                var last = previous.orElseThrow(() -> new FamilyStarRuleViolated(
                        "start-first",
                        "Take the start reading before a " + stage.name().toLowerCase() + "."));
                if (last.stage == FamilyStarStage.CLOSURE) {
                    throw new FamilyStarRuleViolated("already-closed", "The parent's Family Star is closed.");
                }
                if (stage == FamilyStarStage.REVIEW
                        && date.isBefore(last.readingDate.plusMonths(MONTHS_BETWEEN_READINGS))) {
                    throw new FamilyStarRuleViolated(
                            "review-too-soon",
                            "A review comes at least " + MONTHS_BETWEEN_READINGS + " months after the last reading ("
                                    + last.readingDate + ").");
                }
                if (!date.isAfter(last.readingDate)) {
                    throw new FamilyStarRuleViolated(
                            "reading-out-of-order",
                            "A reading must come after the last one (" + last.readingDate + ").");
                }
            }
        }
        var reading = new FamilyStarReading();
        reading.id = UUID.randomUUID();
        reading.adultId = parent.id();
        reading.councilCode = parent.councilCode();
        reading.stage = stage;
        reading.readingDate = date;
        reading.scores.putAll(scores);
        reading.createdAt = now;
        return reading;
    }

    private static void requireAllAreasScored(Map<FamilyStarArea, Integer> scores) {
        var missing = EnumSet.allOf(FamilyStarArea.class);
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty()) {
            throw new FamilyStarRuleViolated("areas-missing", "Score every outcome area; missing: " + missing + ".");
        }
        scores.forEach((area, score) -> {
            if (score == null || score < 1 || score > 10) {
                throw new FamilyStarRuleViolated("score-out-of-range", area + " must be scored 1 to 10.");
            }
        });
    }

    /** Latest score minus start score per area, from the parent's readings; empty without readings. */
    public static Map<FamilyStarArea, Integer> distanceTravelled(List<FamilyStarReading> readings) {
        var byDate = readings.stream()
                .sorted(Comparator.comparing(FamilyStarReading::readingDate))
                .toList();
        var distance = new EnumMap<FamilyStarArea, Integer>(FamilyStarArea.class);
        if (byDate.isEmpty()) {
            return distance;
        }
        var first = byDate.getFirst().scores;
        var last = byDate.getLast().scores;
        for (FamilyStarArea area : FamilyStarArea.values()) {
            distance.put(area, last.get(area) - first.get(area));
        }
        return distance;
    }

    public UUID id() {
        return id;
    }

    public UUID adultId() {
        return adultId;
    }

    public String councilCode() {
        return councilCode;
    }

    public FamilyStarStage stage() {
        return stage;
    }

    public LocalDate readingDate() {
        return readingDate;
    }

    public Map<FamilyStarArea, Integer> scores() {
        return Map.copyOf(scores);
    }
}
