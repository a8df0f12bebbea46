package org.familysafeguarding.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where each service lives and which path prefixes it serves. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Keyed by a short service name (partners, contracts, caseload). */
    Map<String, Service> services();

    /** How long the gateway waits for a service's health or API description. */
    @WithDefault("3s")
    Duration probeTimeout();

    interface Service {
        URI url();

        /** Path prefixes routed to this service unchanged, e.g. {@code /api/partners}. */
        List<String> prefixes();
    }
}
