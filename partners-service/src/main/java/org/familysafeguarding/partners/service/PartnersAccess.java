package org.familysafeguarding.partners.service;

import static org.familysafeguarding.platform.security.Roles.PROVIDER_MANAGER;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

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
 * <li>a provider manager registers, reads and changes their own agency's staff only; council staff
 * with a role on the endpoint see every agency's staff (a practitioner's record of another agency
 * answers 404, registering staff for another agency 403).</li>
 * </ul>
 * Writes in a council (agreements, teams, checks) always go to the caller's own council, from the
 * token; there is no way to name another.
 */
@RequestScoped
public class PartnersAccess {

    private final Caller caller;

    public PartnersAccess(Caller caller) {
        this.caller = caller;
    }

    /** The council the caller's writes go to. */
    public String ownCouncil() {
        return caller.council().orElseThrow(() -> new NotYourCouncil("(none in your token)"));
    }

    public void requireChangesCouncil(String code) {
        if (!caller.worksForCouncil(code)) {
            throw new NotYourCouncil(code);
        }
    }

    public void requireChangesStaffOf(UUID agencyId) {
        if (caller.hasRole(PROVIDER_MANAGER) && !caller.worksForAgency(agencyId)) {
            throw new NotYourAgency();
        }
    }

    public boolean seesStaffOf(UUID agencyId) {
        return !caller.hasRole(PROVIDER_MANAGER) || caller.worksForAgency(agencyId);
    }

    public boolean sees(InformationSharingAgreement agreement) {
        return caller.worksForCouncil(agreement.councilCode())
                || caller.hasRole(PROVIDER_MANAGER) && caller.agency().filter(agreement.agencyIds()::contains).isPresent();
    }

    /** Agreements are listed by the agency named in them for a provider manager, by council for council staff. */
    public Optional<UUID> agreementsByAgency() {
        return caller.hasRole(PROVIDER_MANAGER) ? Optional.of(caller.agency().orElse(new UUID(0, 0))) : Optional.empty();
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
