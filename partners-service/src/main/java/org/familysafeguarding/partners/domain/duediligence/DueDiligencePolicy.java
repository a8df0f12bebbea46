package org.familysafeguarding.partners.domain.duediligence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

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

/** Which checks a council makes mandatory before an agency may work with its families. */
@Entity
@Table(name = "due_diligence_policy")
public class DueDiligencePolicy {

    @Id
    @Column(name = "council_code")
    private String councilCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "due_diligence_policy_check", joinColumns = @JoinColumn(name = "council_code"))
    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", nullable = false)
    private Set<CheckType> mandatory = new HashSet<>();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DueDiligencePolicy() {}

    public static DueDiligencePolicy none(String councilCode) {
        var policy = new DueDiligencePolicy();
        policy.councilCode = councilCode;
        return policy;
    }

    public void require(Set<CheckType> checks, String by, Instant now) {
        mandatory.clear();
        mandatory.addAll(checks);
        updatedBy = by;
        updatedAt = now;
    }

    public String councilCode() {
        return councilCode;
    }

    public Set<CheckType> mandatory() {
        return mandatory.isEmpty() ? EnumSet.noneOf(CheckType.class) : EnumSet.copyOf(mandatory);
    }

    public long version() {
        return version;
    }
}
