package org.familysafeguarding.dashboard.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps each signed-in user's tokens on the server: the browser's session cookie (HttpOnly, SameSite)
 * holds only a random 256-bit id, so no token ever reaches the browser or its storage. Sessions live
 * in this process: a restart signs everyone out, and several instances need sticky sessions (or
 * quarkus-oidc-db-token-state-manager with a database).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class ServerSideSessions implements TokenStateManager {

    static final String COOKIE = "q_session";
    private static final Duration LONGEST = Duration.ofHours(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Session(AuthorizationCodeTokens tokens, Instant expires) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Override
    public Uni<String> createTokenState(
            RoutingContext context,
            OidcTenantConfig config,
            AuthorizationCodeTokens tokens,
            OidcRequestContext<String> request) {
        // a refresh replaces the session: the id it had is forgotten at once
        var previous = context.request().getCookie(COOKIE);
        if (previous != null) {
            sessions.remove(previous.getValue());
        }
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        sessions.put(key, new Session(tokens, clock.instant().plus(LONGEST)));
        return Uni.createFrom().item(key);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(
            RoutingContext context,
            OidcTenantConfig config,
            String key,
            OidcRequestContext<AuthorizationCodeTokens> request) {
        Session session = key == null ? null : sessions.get(key);
        if (session == null || session.expires().isBefore(clock.instant())) {
            if (key != null) {
                sessions.remove(key);
            }
            return Uni.createFrom().failure(new AuthenticationFailedException("no session for this cookie"));
        }
        return Uni.createFrom().item(session.tokens());
    }

    @Override
    public Uni<Void> deleteTokens(
            RoutingContext context, OidcTenantConfig config, String key, OidcRequestContext<Void> request) {
        if (key != null) {
            sessions.remove(key);
        }
        return Uni.createFrom().voidItem();
    }

    @Scheduled(every = "5m")
    void forgetExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> session.expires().isBefore(now));
    }

    int size() {
        return sessions.size();
    }
}
