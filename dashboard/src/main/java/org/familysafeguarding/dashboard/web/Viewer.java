package org.familysafeguarding.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Who is signed in, as the layout shows them, and the pages their roles open. */
public record Viewer(String username, String council, String agency, Set<String> roles) {

    public record NavItem(String href, String label) {}

    public List<NavItem> navigation() {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("/", "Overview"));
        if (any("commissioner", "partnership-admin")) {
            items.add(new NavItem("/commissioning", "Commissioning"));
            items.add(new NavItem("/procurement-check", "Procurement check"));
        }
        if (any("team-manager")) {
            items.add(new NavItem("/team", "Team"));
        }
        if (any("analyst", "team-manager", "partnership-admin")) {
            items.add(new NavItem("/outcomes", "Outcomes"));
        }
        if (any("auditor", "partnership-admin")) {
            items.add(new NavItem("/audit", "Audit"));
        }
        if (any("partnership-admin")) {
            items.add(new NavItem("/partnership", "Partnership"));
        }
        return items;
    }

    public String roleList() {
        return String.join(
                ", ",
                roles.stream()
                        .filter(r -> !r.startsWith("default-")
                                && !r.equals("offline_access")
                                && !r.equals("uma_authorization"))
                        .sorted()
                        .toList());
    }

    private boolean any(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
