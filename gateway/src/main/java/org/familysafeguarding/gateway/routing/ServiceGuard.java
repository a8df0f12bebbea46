package org.familysafeguarding.gateway.routing;

import java.net.URI;
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
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Guards the way to one service: the call times out, a service that keeps failing is given a rest
 * by a circuit breaker, a streamed body is held to the size limit, and each failure is answered
 * with a problem body instead of the proxy's bare 502.
 */
final class ServiceGuard implements ProxyInterceptor, OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(ServiceGuard.class);

    private final String service;
    private final SocketAddress origin;
    private final GatewayConfig.Upstream upstream;
    private final long maxBodyBytes;
    private final long openForNanos;
    private final CircuitBreaker breaker;
    private final AtomicLong openedAt = new AtomicLong();

    ServiceGuard(Vertx vertx, String service, URI url, GatewayConfig config) {
        this.service = service;
        this.origin = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        this.upstream = config.upstream();
        this.maxBodyBytes = config.limits().maxBodySize().asLongValue();
        this.openForNanos = config.circuitBreaker().openFor().toNanos();
        this.breaker = CircuitBreaker.create("gateway-" + service, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.circuitBreaker().failures())
                .setFailuresRollingWindow(config.circuitBreaker().failuresWindow().toMillis())
                .setResetTimeout(config.circuitBreaker().openFor().toMillis())
                // the call has its own timeouts (below); the breaker only counts the outcomes
                .setTimeout(-1)
                .setNotificationAddress(null))
                .openHandler(v -> {
                    openedAt.set(System.nanoTime());
                    LOG.warnf("Calls to %s paused: it keeps failing", service);
                })
                .closeHandler(v -> LOG.infof("Calls to %s resumed", service));
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return context.client().request(new RequestOptions()
                .setServer(origin)
                .setConnectTimeout(upstream.connectTimeout().toMillis())
                .setIdleTimeout(upstream.timeout().toMillis()));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body != null && body.length() < 0) {
            // A streamed body of unknown length: read it up to the limit before the service sees any of it.
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
        return breaker.<ProxyResponse>execute(promise -> context.sendRequest().onComplete(promise))
                .recover(failure -> Future.succeededFuture(answerFor(context, failure)));
    }

    private ProxyResponse answerFor(ProxyContext context, Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            long wait = GatewayProblem.seconds(openForNanos);
            return problem(context, GatewayProblem.serviceResting(service, wait), wait);
        }
        if (isTimeout(failure)) {
            LOG.warnf("%s did not answer %s %s in time", service, context.request().getMethod(), context.request().getURI());
            return problem(context, GatewayProblem.serviceTimedOut(service), 0);
        }
        LOG.warnf("%s could not be reached: %s", service, failure.toString());
        return problem(context, GatewayProblem.serviceUnreachable(service), 0);
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
        ProxyResponse response = context.request().release().response()
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

        private BoundedBody() {
        }

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
