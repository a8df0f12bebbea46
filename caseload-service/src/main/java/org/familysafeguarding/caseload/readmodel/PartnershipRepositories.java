package org.familysafeguarding.caseload.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The repositories of the read models kept from partners-service and contracts-service. */
public final class PartnershipRepositories {

    private PartnershipRepositories() {
    }

    @ApplicationScoped
    public static class Councils implements PanacheRepositoryBase<Council, String> {
    }

    @ApplicationScoped
    public static class Practitioners implements PanacheRepositoryBase<Practitioner, UUID> {

        /** The practitioner a token's login names; a login is tied to one practitioner at a time. */
        public Optional<Practitioner> byLogin(String login) {
            return find("login = ?1 order by updatedAt desc", login).firstResultOptional();
        }
    }

    @ApplicationScoped
    public static class Teams implements PanacheRepositoryBase<Team, UUID> {
    }

    @ApplicationScoped
    public static class Memberships implements PanacheRepositoryBase<TeamMembership, TeamMembership.Key> {

        public Optional<TeamMembership> of(UUID teamId, UUID practitionerId) {
            return find("teamId = ?1 and practitionerId = ?2", teamId, practitionerId).firstResultOptional();
        }

        /** The teams of the council the practitioner is a member of on the date. */
        public List<TeamMembership> inCouncilOn(UUID practitionerId, String council, LocalDate date) {
            return list("practitionerId = ?1 and councilCode = ?2", practitionerId, council).stream()
                    .filter(m -> m.memberOn(date)).toList();
        }

        public List<TeamMembership> ofPractitioner(UUID practitionerId) {
            return list("practitionerId", practitionerId);
        }
    }

    @ApplicationScoped
    public static class Agreements implements PanacheRepositoryBase<InformationSharingAgreement, UUID> {

        public boolean cover(UUID agencyId, String council, LocalDate date) {
            return list("councilCode = ?1 and ?2 member of agencyIds", council, agencyId).stream()
                    .anyMatch(a -> a.covers(agencyId, council, date));
        }

        /** The councils where a live agreement covers the agency on the date. */
        public java.util.Set<String> councilsCovering(UUID agencyId, LocalDate date) {
            return list("?1 member of agencyIds", agencyId).stream()
                    .filter(a -> a.covers(agencyId, a.councilCode(), date))
                    .map(InformationSharingAgreement::councilCode).collect(java.util.stream.Collectors.toSet());
        }
    }

    @ApplicationScoped
    public static class Commissions implements PanacheRepositoryBase<Commission, UUID> {

        public boolean commission(UUID agencyId, String service, String council, LocalDate date) {
            return list("agencyId = ?1 and councilCode = ?2", agencyId, council).stream()
                    .anyMatch(c -> c.commissions(agencyId, service, council, date));
        }
    }
}
