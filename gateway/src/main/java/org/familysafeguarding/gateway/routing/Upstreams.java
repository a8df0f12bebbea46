package org.familysafeguarding.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * The running instances of one service. Requests go to them in turn; an instance that refused a
 * connection, dropped a call or answers its readiness check with anything but 200 is passed over
 * until its readiness check answers 200 again. When every instance is down they are all still tried,
 * so a service that is starting is reached as soon as it can answer.
 */
final class Upstreams {

    private static final Logger LOG = Logger.getLogger(Upstreams.class);

    /** One instance of the service and whether it is taking calls. */
    static final class Instance {
        private final URI url;
        private final SocketAddress address;
        private final AtomicBoolean up = new AtomicBoolean(true);

        Instance(URI url) {
            this.url = url;
            this.address = SocketAddress.inetSocketAddress(url.getPort(), url.getHost());
        }

        URI url() {
            return url;
        }

        SocketAddress address() {
            return address;
        }

        boolean up() {
            return up.get();
        }
    }

    private final String service;
    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    Upstreams(String service, List<URI> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("gateway.services." + service + ".urls names no instance");
        }
        this.service = service;
        this.instances = urls.stream().map(Instance::new).toList();
    }

    List<Instance> instances() {
        return instances;
    }

    /**
     * The instances in the order one request should try them: those taking calls, starting with the
     * next in turn, then those passed over (a last resort, so a request is not refused while every
     * instance is marked down).
     */
    List<Instance> order() {
        int size = instances.size();
        int start = Math.floorMod(turn.getAndIncrement(), size);
        List<Instance> up = new ArrayList<>(size);
        List<Instance> down = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instance instance = instances.get((start + i) % size);
            (instance.up() ? up : down).add(instance);
        }
        up.addAll(down);
        return up;
    }

    void markDown(Instance instance, String why) {
        if (instance.up.compareAndSet(true, false)) {
            LOG.warnf("%s at %s passed over: %s", service, instance.url, why);
        }
    }

    void markUp(Instance instance) {
        if (instance.up.compareAndSet(false, true)) {
            LOG.infof("%s at %s takes calls again", service, instance.url);
        }
    }

    /** Asks every instance's readiness check now and then; the answer decides whether it takes calls. */
    void watch(Vertx vertx, HttpClient client, long everyMillis, long timeoutMillis) {
        vertx.setPeriodic(
                everyMillis,
                everyMillis,
                id -> instances.forEach(instance -> client.request(new RequestOptions()
                                .setMethod(HttpMethod.GET)
                                .setServer(instance.address)
                                .setHost(instance.url.getHost())
                                .setPort(instance.url.getPort())
                                .setURI("/q/health/ready")
                                .setTimeout(timeoutMillis))
                        .compose(request -> request.send())
                        .onSuccess(response -> {
                            response.body();
                            if (response.statusCode() == 200) {
                                markUp(instance);
                            } else {
                                markDown(instance, "not ready (" + response.statusCode() + ")");
                            }
                        })
                        .onFailure(failure -> markDown(instance, failure.toString()))));
    }
}
