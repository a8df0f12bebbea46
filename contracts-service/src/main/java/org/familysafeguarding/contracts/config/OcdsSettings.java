package org.familysafeguarding.contracts.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * OCDS publication: the ocid prefix registered with the Open Contracting Partnership (the ocid
 * of a contracting process is this prefix, a dash and the contract id) and the public base URI
 * the release packages are published under.
 */
@ConfigMapping(prefix = "contracts.ocds")
public interface OcdsSettings {

    /** A placeholder until the partnership registers its own prefix (ocds- and 6 characters). */
    @WithDefault("ocds-fsp0c1")
    String ocidPrefix();

    @WithDefault("https://contracts.familysafeguarding.org")
    String publicationBaseUri();
}
