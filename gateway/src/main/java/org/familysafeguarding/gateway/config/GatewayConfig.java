package org.familysafeguarding.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Where each service lives, which path prefixes it serves, and how the gateway guards the way there. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Keyed by a short service name (partners, contracts, caseload). */
    Map<String, Service> services();

    /** How long the gateway waits for a service's health or API description. */
    @WithDefault("3s")
    Duration probeTimeout();

    Upstream upstream();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    Limits limits();

    SecurityHeaders securityHeaders();

    interface Service {
        /**
         * The service's instances (comma-separated base URLs): requests go to them in turn. One URL
         * where a platform balances for the gateway (a Kubernetes Service), one per instance otherwise.
         */
        List<URI> urls();

        /** Path prefixes routed to this service unchanged, e.g. {@code /api/partners}. */
        List<String> prefixes();
    }

    /** Proxied calls to the services. */
    interface Upstream {
        /** Connecting to a service; a refused or timed-out connection is answered 502. */
        @WithDefault("3s")
        Duration connectTimeout();

        /** A service that sends nothing for this long is given up on and the caller answered 504. */
        @WithDefault("30s")
        Duration timeout();

        /** How often each instance's readiness is asked; one that is not ready is passed over until it is. */
        @WithDefault("2s")
        Duration healthInterval();

        /**
         * Whether connections to the services are kept open and reused (a fresh TCP connection per
         * call costs a connect and, at load, a port in TIME_WAIT). A pooled connection an instance
         * closes just as a call reuses it fails that call: a safe call is sent again on another
         * connection, a write is answered 502 service-interrupted; the gateway gives up idle
         * connections after {@link #keepAliveTimeout()}, long before the services do (30 min), so
         * that happens only when an instance stops.
         */
        @WithDefault("true")
        boolean keepAlive();

        /** Idle pooled connections are closed by the gateway after this long. */
        @WithDefault("20s")
        Duration keepAliveTimeout();

        /**
         * The most connections open at once to one instance of a service: calls beyond it wait for a
         * free connection (Vert.x's default of 5 would make a gateway under load queue its calls).
         */
        @WithDefault("100")
        int maxConnections();
    }

    /** One breaker per service: fail fast with 503 while a service keeps failing. */
    interface CircuitBreaker {
        /** Failed calls (refused, timed out) within {@link #failuresWindow()} that open the breaker. */
        @WithDefault("5")
        int failures();

        @WithDefault("10s")
        Duration failuresWindow();

        /** How long the breaker stays open before one call is let through to try the service again. */
        @WithDefault("15s")
        Duration openFor();
    }

    /** A token bucket per caller on {@code /api/*}. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** The most requests a caller can make at once (the bucket's size). */
        @WithDefault("300")
        long capacity();

        /** Tokens put back every {@link #refillPeriod()}. */
        @WithDefault("100")
        long refillTokens();

        @WithDefault("1s")
        Duration refillPeriod();

        /**
         * The public clients every person signs in through (comma-separated: the browser's, and the local
         * stack's scripts' and tests'): their callers are told apart by user, so one user cannot starve the rest.
         */
        @WithDefault("family-safeguarding-web")
        String browserClientId();
    }

    interface Limits {
        /** Largest request body accepted; larger ones are answered 413. */
        @WithDefault("1M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxBodySize();
    }

    interface SecurityHeaders {
        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();

        /** For API answers: nothing may be loaded or framed. */
        @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
        String contentSecurityPolicy();

        /** For Swagger UI (under /q/swagger-ui), which runs an inline start-up script and inline styles. */
        @WithDefault(
                "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
        String swaggerUiContentSecurityPolicy();
    }
}
