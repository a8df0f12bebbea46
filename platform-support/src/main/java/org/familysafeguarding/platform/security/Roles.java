package org.familysafeguarding.platform.security;

/** The realm roles of the family-safeguarding Keycloak realm, as {@code @RolesAllowed} names them. */
public final class Roles {

    public static final String PARTNERSHIP_ADMIN = "partnership-admin";
    /**
     * Steward of the registers every council shares: registers councils, and registers and changes
     * partner agencies and their staff. Holds no council or agency claim, so it reaches no person records.
     */
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final String COMMISSIONER = "commissioner";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String PRACTITIONER = "practitioner";
    public static final String PROVIDER_MANAGER = "provider-manager";
    public static final String ANALYST = "analyst";
    public static final String AUDITOR = "auditor";
    /** Service accounts of the platform's own services. */
    public static final String SERVICE = "service";

    public static final String NHS_INTEGRATION = "nhs-integration";
    public static final String PROBATION_INTEGRATION = "probation-integration";

    private Roles() {}
}
