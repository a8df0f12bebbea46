package org.familysafeguarding.contracts.domain.staffing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.familysafeguarding.contracts.domain.contract.ContractRuleViolated;

/** The staff a contract requires its provider to supply, as FTE by practitioner role. */
@Entity
@Table(name = "staffing_specification")
public class StaffingSpecification {

    @Id
    @Column(name = "contract_id")
    private UUID contractId;

    @Column(name = "council_code", nullable = false)
    private String councilCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staffing_requirement", joinColumns = @JoinColumn(name = "contract_id"))
    private Set<RequiredFte> requirements = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StaffingSpecification() {}

    public static StaffingSpecification of(UUID contractId, String councilCode) {
        var specification = new StaffingSpecification();
        specification.contractId = contractId;
        specification.councilCode = councilCode;
        return specification;
    }

    /** Replaces the requirements: each role once, each with a positive FTE. */
    public void require(List<RequiredFte> wanted, Instant now) {
        if (wanted.stream().map(RequiredFte::role).distinct().count() != wanted.size()) {
            throw new ContractRuleViolated("staffing-role-repeated", "Give each practitioner role once.");
        }
        if (wanted.stream().anyMatch(r -> r.fte().signum() <= 0)) {
            throw new ContractRuleViolated("staffing-fte-not-positive", "Each required FTE is above zero.");
        }
        requirements.clear();
        requirements.addAll(wanted);
        updatedAt = now;
    }

    /**
     * Required against in post for every role that is either required or in post: the gap is what
     * is missing (required minus in post), negative where the provider supplies more than asked.
     */
    public static List<RoleStaffing> compare(List<RequiredFte> required, Map<String, BigDecimal> inPost) {
        Map<String, BigDecimal[]> rows = new TreeMap<>();
        required.forEach(r -> rows.computeIfAbsent(r.role().name(), k -> zeros())[0] = r.fte());
        inPost.forEach((role, fte) -> rows.computeIfAbsent(role, k -> zeros())[1] = fte);
        return rows.entrySet().stream()
                .map(e -> new RoleStaffing(
                        e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0].subtract(e.getValue()[1])))
                .toList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    public List<RequiredFte> requirements() {
        return requirements.stream()
                .sorted(Comparator.comparing(RequiredFte::role))
                .toList();
    }

    public UUID contractId() {
        return contractId;
    }

    public String councilCode() {
        return councilCode;
    }

    public long version() {
        return version;
    }

    /** One role's required FTE, FTE in post and gap. */
    public record RoleStaffing(String role, BigDecimal required, BigDecimal inPost, BigDecimal gap) {}
}
