package org.familysafeguarding.caseload.schema;

import org.familysafeguarding.platform.testing.UpgradesFromThePreviousLayout;

class PlatformTablesUpgradeTest extends UpgradesFromThePreviousLayout {

    @Override
    protected String testDatabase() {
        return "caseload_test";
    }

    @Override
    protected String dump() {
        return "previous-main/caseload.sql.gz";
    }
}
