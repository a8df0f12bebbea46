package org.familysafeguarding.partners.schema;

import org.familysafeguarding.platform.testing.UpgradesFromThePreviousLayout;

class PlatformTablesUpgradeTest extends UpgradesFromThePreviousLayout {

    @Override
    protected String testDatabase() {
        return "partners_test";
    }

    @Override
    protected String dump() {
        return "previous-main/partners.sql.gz";
    }
}
