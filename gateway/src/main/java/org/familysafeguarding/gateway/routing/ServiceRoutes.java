package org.familysafeguarding.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.familysafeguarding.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

/**
 * Routes each configured path prefix to its service without rewriting the path, so a path is the
 * same direct or through the gateway. Token checks, rate limits and size limits happen before this
 * (see the protection package and the HTTP permissions in application.properties); the caller's
 * Authorization header travels on, so each service checks the token and the roles again itself.
 * Each service's calls go through its own {@link ServiceGuard} (its instances in turn, timeouts,
 * circuit breaker).
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    void route(@Observes Router router, Vertx vertx, GatewayConfig config) {
        var client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setIdleTimeout(60)
                .setKeepAlive(config.upstream().keepAlive())
                .setKeepAliveTimeout((int) config.upstream().keepAliveTimeout().toSeconds())
                .setMaxPoolSize(config.upstream().maxConnections()));
        var probes = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.probeTimeout().toMillis())
                .setKeepAlive(false));
        config.services().forEach((name, service) -> {
            var upstreams = new Upstreams(name, service.urls());
            upstreams.watch(
                    vertx,
                    probes,
                    config.upstream().healthInterval().toMillis(),
                    config.probeTimeout().toMillis());
            var guard = new ServiceGuard(vertx, name, upstreams, config);
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(guard).addInterceptor(guard);
            for (String prefix : service.prefixes()) {
                router.route(prefix).handler(ProxyHandler.create(proxy));
                router.route(prefix + "/*").handler(ProxyHandler.create(proxy));
                LOG.infof("Routing %s/** to %s (%s)", prefix, name, service.urls());
            }
        });
    }
}
