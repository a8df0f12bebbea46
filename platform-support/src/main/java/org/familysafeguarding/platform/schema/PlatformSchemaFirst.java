package org.familysafeguarding.platform.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Hooks the platform's schema into the service's own Flyway: a database made before the platform owned its tables
 * is taken over when the service's Flyway is made, and the platform's migrations run just before the service's
 * (after a clean, in tests, so nothing of the platform's is cleaned away afterwards).
 */
@Singleton
public class PlatformSchemaFirst implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        PlatformSchema.takeOverFromServiceMigrations(configuration);
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new BeforeServiceMigrations());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    private static final class BeforeServiceMigrations implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            PlatformSchema.migrate(context.getConfiguration());
        }

        @Override
        public String getCallbackName() {
            return "platform schema";
        }
    }
}
