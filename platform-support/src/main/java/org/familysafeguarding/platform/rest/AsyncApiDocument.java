package org.familysafeguarding.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * Serves the service's AsyncAPI document (its topics, event types and their schemas, from the event
 * catalogue on the classpath) at {@code /q/asyncapi}, beside Quarkus's {@code /q/openapi}, and public like
 * it: it describes messages, never holds any. The gateway merges the services' documents into one.
 */
@ApplicationScoped
public class AsyncApiDocument {

    public static final String PATH = "/q/asyncapi";

    void register(
            @Observes Router router, @ConfigProperty(name = "platform.asyncapi.document") Optional<String> resource) {
        resource.ifPresent(name -> {
            Buffer document = Buffer.buffer(read(name));
            router.get(PATH)
                    .handler(context -> context.response()
                            .putHeader("Content-Type", "application/json")
                            .end(document));
        });
    }

    private static byte[] read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "platform.asyncapi.document names " + name + ", which is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
