package org.familysafeguarding.gateway.routing;

import java.net.ConnectException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.familysafeguarding.gateway.config.GatewayConfig;
import org.familysafeguarding.gateway.protection.GatewayProblem;
import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Guards the way to one service: a call goes to the service's instances in turn, and to the next one
 * when an instance refuses the connection (nothing was sent, so any request may go on) or, for a safe
 * request (GET, HEAD, OPTIONS), when an instance drops the call; the call times out; a service that
 * keeps failing is given a rest by a circuit breaker; a body is read up to the size limit before any
 * instance sees it, so it can be sent again; and each failure is answered with a problem body instead
 * of the proxy's bare 502.
 */
final class ServiceGuard implements ProxyInterceptor, OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(ServiceGuard.class);

    private static final String INSTANCE = "upstream-instance";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String service;
    private final Upstreams upstreams;
    private final GatewayConfig.Upstream upstream;
    private final long maxBodyBytes;
    private final long openForNanos;
    private final CircuitBreaker breaker;
    private final AtomicLong openedAt = new AtomicLong();

    ServiceGuard(Vertx vertx, String service, Upstreams upstreams, GatewayConfig config) {
        this.service = service;
        this.upstreams = upstreams;
        this.upstream = config.upstream();
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
        this.openForNanos = config.circuitBreaker().openFor().toNanos();
        this.breaker = CircuitBreaker.create(
                        "gateway-" + service,
                        vertx,
                        new CircuitBreakerOptions()
                                .setMaxFailures(config.circuitBreaker().failures())
                                .setFailuresRollingWindow(
                                        config.circuitBreaker().failuresWindow().toMillis())
                                .setResetTimeout(
                                        config.circuitBreaker().openFor().toMillis())
                                // the call has its own timeouts (below); the breaker only counts the outcomes
                                .setTimeout(-1)
                                .setNotificationAddress(null))
                .openHandler(v -> {
                    openedAt.set(System.nanoTime());
                    LOG.warnf("Calls to %s paused: it keeps failing", service);
                })
                .closeHandler(v -> LOG.infof("Calls to %s resumed", service));
    }

    /** A connection to the first instance that accepts one, in the order {@link Upstreams#order()} gives. */
    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return connect(context, upstreams.order(), 0);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, List<Upstreams.Instance> order, int index) {
        Upstreams.Instance instance = order.get(index);
        context.set(INSTANCE, instance);
        return context.client()
                .request(new RequestOptions()
                        .setServer(instance.address())
                        .setHost(instance.url().getHost())
                        .setPort(instance.url().getPort())
                        .setConnectTimeout(upstream.connectTimeout().toMillis())
                        .setIdleTimeout(upstream.timeout().toMillis()))
                .recover(failure -> {
                    upstreams.markDown(instance, failure.toString());
                    return index + 1 < order.size() ? connect(context, order, index + 1) : Future.failedFuture(failure);
                });
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body != null) {
            // Read the body up to the limit before the service sees any of it, so it can be sent to another instance.
            return BoundedBody.read(body.stream(), maxBodyBytes).compose(buffer -> {
                if (buffer == null) {
                    return Future.succeededFuture(problem(context, GatewayProblem.bodyTooLarge(maxBodyBytes), 0)
                            .putHeader("Connection", "close"));
                }
                context.request().setBody(Body.body(buffer));
                context.request().headers().remove("Transfer-Encoding");
                return callService(context);
            });
        }
        return callService(context);
    }

    private Future<ProxyResponse> callService(ProxyContext context) {
        if (breaker.state() == CircuitBreakerState.OPEN) {
            long wait = GatewayProblem.seconds(openedAt.get() + openForNanos - System.nanoTime());
            return Future.succeededFuture(problem(context, GatewayProblem.serviceResting(service, wait), wait));
        }
        return breaker.<ProxyResponse>execute(promise -> send(context, 1).onComplete(promise))
                .recover(failure -> Future.succeededFuture(answerFor(context, failure)));
    }

    /**
     * Sends the request; a safe one that an instance dropped (not one that was slow) is sent again, to the
     * next instance - once more than there are instances, so that with one instance a call that met a pooled
     * connection the service had just closed still gets a fresh one.
     */
    private Future<ProxyResponse> send(ProxyContext context, int attempt) {
        return context.sendRequest().recover(failure -> {
            Upstreams.Instance instance = context.get(INSTANCE, Upstreams.Instance.class);
            if (isTimeout(failure) || instance == null) {
                return Future.failedFuture(failure);
            }
            upstreams.markDown(instance, failure.toString());
            if (!SAFE.contains(context.request().getMethod())
                    || attempt > upstreams.instances().size()) {
                return Future.failedFuture(failure);
            }
            LOG.infof(
                    "%s %s sent again: %s at %s dropped it (%s)",
                    context.request().getMethod(),
                    context.request().getURI(),
                    service,
                    instance.url(),
                    failure.toString());
            return send(context, attempt + 1);
        });
    }

    private ProxyResponse answerFor(ProxyContext context, Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            long wait = GatewayProblem.seconds(openForNanos);
            return problem(context, GatewayProblem.serviceResting(service, wait), wait);
        }
        if (isTimeout(failure)) {
            LOG.warnf(
                    "%s did not answer %s %s in time",
                    service, context.request().getMethod(), context.request().getURI());
            return problem(context, GatewayProblem.serviceTimedOut(service), 0);
        }
        if (isRefusedConnection(failure)) {
            LOG.warnf("%s could not be reached: %s", service, failure.toString());
            return problem(context, GatewayProblem.serviceUnreachable(service), 0);
        }
        LOG.warnf(
                "%s dropped %s %s: %s",
                service, context.request().getMethod(), context.request().getURI(), failure.toString());
        return problem(context, GatewayProblem.serviceInterrupted(service), 0);
    }

    /** No instance took the connection, so nothing was sent; otherwise the call was under way when it broke. */
    private static boolean isRefusedConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** A service that took too long to answer; a connection that could not be made is not a timeout but a 502. */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ProxyResponse problem(ProxyContext context, GatewayProblem problem, long retryAfterSeconds) {
        Buffer json = problem.body(context.request().proxiedRequest().path());
        ProxyResponse response = context.request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", GatewayProblem.MEDIA_TYPE)
                .putHeader("Content-Length", Integer.toString(json.length()))
                .setBody(Body.body(json));
        if (retryAfterSeconds > 0) {
            response.putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        return response;
    }

    /**
     * Reads a stream into memory up to a limit; null when the stream is longer. What follows the limit
     * is read and dropped up to as much again, so the caller can still read the answer; a caller
     * sending more than that is answered at once (and the connection closed).
     */
    static final class BoundedBody {

        private BoundedBody() {}

        static Future<Buffer> read(io.vertx.core.streams.ReadStream<Buffer> stream, long limit) {
            Promise<Buffer> promise = Promise.promise();
            Buffer buffer = Buffer.buffer();
            boolean[] tooLarge = {false};
            long[] dropped = {0};
            stream.handler(chunk -> {
                if (!tooLarge[0] && buffer.length() + chunk.length() > limit) {
                    tooLarge[0] = true;
                }
                if (!tooLarge[0]) {
                    buffer.appendBuffer(chunk);
                } else if ((dropped[0] += chunk.length()) > limit) {
                    promise.tryComplete(null);
                }
            });
            stream.exceptionHandler(promise::tryFail);
            stream.endHandler(v -> promise.tryComplete(tooLarge[0] ? null : buffer));
            stream.resume();
            return promise.future();
        }
    }
}
