package org.familysafeguarding.contracts.domain.procurement;

/** What kind of service is bought, as the procurement rules tell them apart. */
public enum ServiceType {
    /** Social and other specific services of the light-touch regime (PCR 2015 Sch 3; PA 2023 light-touch contracts). */
    LIGHT_TOUCH_SOCIAL_SERVICES,
    /** Health care services, under the Provider Selection Regime once it is in force (e.g. substance use services). */
    HEALTH_CARE_SERVICES,
    /** Other supplies and services. */
    OTHER_SERVICES
}
