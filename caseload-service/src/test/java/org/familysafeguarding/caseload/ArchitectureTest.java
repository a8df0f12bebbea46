package org.familysafeguarding.caseload;

import org.familysafeguarding.platform.testing.FollowsTheServiceLayout;

class ArchitectureTest extends FollowsTheServiceLayout {

    @Override
    protected String service() {
        return "caseload";
    }
}
