package org.familysafeguarding.partners.service;

import static org.familysafeguarding.platform.security.Roles.PARTNERSHIP_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PLATFORM_ADMIN;
import static org.familysafeguarding.platform.security.Roles.PROVIDER_MANAGER;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.familysafeguarding.partners.domain.agency.Agency;
import org.familysafeguarding.partners.domain.agency.AgencyKind;
import org.familysafeguarding.partners.domain.agency.AgencyRepository;
import org.familysafeguarding.partners.domain.sharing.InformationSharingAgreement;
import org.familysafeguarding.partners.domain.team.Team;
import org.familysafeguarding.platform.security.Caller;

/**
 * The one place that decides, beside the roles each endpoint names, what a caller may reach in
 * partners-service. The register of councils, agencies and accreditations is public to every
 * signed-in caller; everything else belongs to a council or an agency:
 * <ul>
 * <li>a council's details and due-diligence policy are changed by its own staff only (403 otherwise,
 * as the council itself is public);</li>
 * <li>agreements, teams and due-diligence checks are seen by the council's own staff; a provider
 * manager sees the agreements naming their agency and their agency's checks (404 otherwise);</li>
 * <li>the shared registers have stewards: the platform admin registers councils and agencies; an
 * agency's details are changed by the platform admin or the agency's own provider manager, never by a
 * council (403);</li>
 * <li>an agency's staff are registered and changed by its own provider manager or the platform admin;
 * a council's in-house team's staff by that council's partnership admin (403 otherwise);</li>
 * <li>council staff with a role on the endpoint see every partner agency's staff and their own
 * council's in-house staff; another council's in-house staff, like another agency's staff for a
 * provider manager, answer 404.</li>
 * </ul>
 * Writes in a council (agreements, teams, checks) always go to the caller's own council, from the
 * token; there is no way to name another.
 */
@RequestScoped
public class PartnersAccess {

    private final Caller caller;
    private final AgencyRepository agencies;

    public PartnersAccess(Caller caller, AgencyRepository agencies) {
        this.caller = caller;
        this.agencies = agencies;
    }

    /** The council the caller's writes go to. */
    public String ownCouncil() {
        return caller.council().orElseThrow(() -> new NotYourCouncil("(none in your token)"));
    }

    public void requireChangesCouncil(String code) {
        if (!caller.hasRole(PLATFORM_ADMIN) && !caller.worksForCouncil(code)) {
            throw new NotYourCouncil(code);
        }
    }

    /** An agency's own record: the platform admin, or the agency's own provider manager. */
    public void requireChangesAgency(UUID agencyId) {
        if (!caller.hasRole(PLATFORM_ADMIN) && !(caller.hasRole(PROVIDER_MANAGER) && caller.worksForAgency(agencyId))) {
            throw new NotYourAgency();
        }
    }

    public void requireChangesStaffOf(UUID agencyId) {
        if (!changesStaffOf(agencyId)) {
            throw new NotYourAgency();
        }
    }

    public boolean changesStaffOf(UUID agencyId) {
        if (caller.hasRole(PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.hasRole(PROVIDER_MANAGER) && caller.worksForAgency(agencyId)) {
            return true;
        }
        return caller.hasRole(PARTNERSHIP_ADMIN) && inHouseOfCallersCouncil(agencyId);
    }

    public boolean seesStaffOf(UUID agencyId) {
        if (caller.hasRole(PLATFORM_ADMIN)) {
            return true;
        }
        if (caller.hasRole(PROVIDER_MANAGER)) {
            return caller.worksForAgency(agencyId);
        }
        Optional<Agency> agency = agencies.findByIdOptional(agencyId);
        return agency.isPresent()
                && (agency.get().kind() != AgencyKind.IN_HOUSE
                        || caller.council().filter(agency.get()::inHouseOf).isPresent());
    }

    /** Why an agency's accreditation by a council changed: for the agency itself and that council's staff. */
    public boolean seesReasonsOf(UUID agencyId, String councilCode) {
        return caller.hasRole(PLATFORM_ADMIN) || caller.worksForAgency(agencyId) || caller.worksForCouncil(councilCode);
    }

    private boolean inHouseOfCallersCouncil(UUID agencyId) {
        return caller.council()
                .flatMap(council -> agencies.findByIdOptional(agencyId).filter(a -> a.inHouseOf(council)))
                .isPresent();
    }

    public boolean sees(InformationSharingAgreement agreement) {
        return caller.worksForCouncil(agreement.councilCode())
                || caller.hasRole(PROVIDER_MANAGER)
                        && caller.agency()
                                .filter(agreement.agencyIds()::contains)
                                .isPresent();
    }

    /** Agreements are listed by the agency named in them for a provider manager, by council for council staff. */
    public Optional<UUID> agreementsByAgency() {
        return caller.hasRole(PROVIDER_MANAGER)
                ? Optional.of(caller.agency().orElse(new UUID(0, 0)))
                : Optional.empty();
    }

    public String councilOfLists() {
        return caller.council().orElse("");
    }

    public boolean sees(Team team) {
        return caller.worksForCouncil(team.councilCode());
    }

    /**
     * Whose checks of an agency the caller sees: a provider manager every council's checks of their own
     * agency (empty), council staff their council's; nobody else any (absent).
     */
    public Optional<Optional<String>> checksOf(UUID agencyId) {
        if (caller.hasRole(PROVIDER_MANAGER)) {
            return caller.worksForAgency(agencyId) ? Optional.of(Optional.empty()) : Optional.empty();
        }
        return caller.council().map(Optional::of);
    }
}
