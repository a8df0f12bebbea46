package org.familysafeguarding.contracts;

import org.familysafeguarding.platform.testing.FollowsTheServiceLayout;

class ArchitectureTest extends FollowsTheServiceLayout {

    @Override
    protected String service() {
        return "contracts";
    }
}
