package org.familysafeguarding.contracts.service;

import static org.familysafeguarding.platform.security.Roles.*;

import jakarta.enterprise.context.ApplicationScoped;

import org.familysafeguarding.platform.security.Caller;

/**
 * Whether the caller sees KPI actuals with small counts suppressed: analysts read aggregates only
 * (DESIGN "Identity and access"), while the council's commissioners and partnership admins, the
 * provider's manager and auditors, who manage or check the contract, see the counts themselves.
 */
@ApplicationScoped
public class KpiDisclosure {

    private final Caller caller;

    public KpiDisclosure(Caller caller) {
        this.caller = caller;
    }

    public boolean smallCountsHidden() {
        return caller.hasRole(ANALYST)
                && !caller.hasRole(COMMISSIONER)
                && !caller.hasRole(PARTNERSHIP_ADMIN)
                && !caller.hasRole(PROVIDER_MANAGER)
                && !caller.hasRole(AUDITOR);
    }
}
