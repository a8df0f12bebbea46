package org.familysafeguarding.contracts.schema;

import org.familysafeguarding.platform.testing.UpgradesFromThePreviousLayout;

class PlatformTablesUpgradeTest extends UpgradesFromThePreviousLayout {

    @Override
    protected String testDatabase() {
        return "contracts_test";
    }

    @Override
    protected String dump() {
        return "previous-main/contracts.sql.gz";
    }
}
