package org.familysafeguarding.caseload.domain.allocation;

import java.util.Optional;
import java.util.Set;

/**
 * What an allocation is for: leading the work with a family (a social worker of the team), or one
 * adult-facing specialism with a parent. Each takes practitioners of given roles (partners-service's
 * role codes) and, outside the council's own staff, an agency commissioned for the matching partner
 * service (partners-service's service type codes).
 */
public enum Specialism {
    LEAD_SOCIAL_WORK(Set.of("SOCIAL_WORKER", "CONSULTANT_SOCIAL_WORKER", "TEAM_MANAGER"), null),
    DOMESTIC_ABUSE_VICTIM_SURVIVOR(
            Set.of("ADULT_PRACTITIONER_DOMESTIC_ABUSE_VICTIM"), "DOMESTIC_ABUSE_VICTIM_SURVIVOR_SUPPORT"),
    DOMESTIC_ABUSE_PERPETRATOR(
            Set.of("ADULT_PRACTITIONER_DOMESTIC_ABUSE_PERPETRATOR"), "DOMESTIC_ABUSE_PERPETRATOR_WORK"),
    SUBSTANCE_USE(Set.of("ADULT_PRACTITIONER_SUBSTANCE_USE"), "SUBSTANCE_USE"),
    MENTAL_HEALTH(Set.of("MENTAL_HEALTH_PRACTITIONER"), "MENTAL_HEALTH");

    private final Set<String> roles;
    private final String service;

    Specialism(Set<String> roles, String service) {
        this.roles = roles;
        this.service = service;
    }

    public boolean takes(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }

    /** The partner service an agency must be commissioned for; none for social work, which only the council's own staff lead. */
    public Optional<String> commissionedService() {
        return Optional.ofNullable(service);
    }

    public boolean adultFacing() {
        return this != LEAD_SOCIAL_WORK;
    }
}
