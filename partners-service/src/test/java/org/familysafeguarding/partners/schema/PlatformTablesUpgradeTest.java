package org.familysafeguarding.partners.schema;

import org.familysafeguarding.platform.schema.PlatformSchemaFirst;
import org.familysafeguarding.platform.testing.UpgradesFromThePreviousLayout;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

class PlatformTablesUpgradeTest extends UpgradesFromThePreviousLayout {

    @Override
    protected String testDatabase() {
        return "partners_test";
    }

    @Override
    protected FlywayConfigurationCustomizer platformSchema() {
        return new PlatformSchemaFirst();
    }

    @Override
    protected String dump() {
        return "previous-main/partners.sql.gz";
    }
}
