package org.familysafeguarding.dashboard.view;

import java.util.List;
import java.util.Optional;

/** A dashboard page: its sections in reading order, and a filter form when the page has one. */
public record Page(String path, String title, String caption, Filter filter, List<Section> sections) {

    public Page {
        sections = List.copyOf(sections);
    }

    public Optional<Table> table(String id) {
        return sections.stream()
                .flatMap(s -> s.tables().stream())
                .filter(t -> t.id().equals(id))
                .findFirst();
    }

    /** True when the API refused or failed every section: the whole page is then a problem page. */
    public boolean nothingAnswered() {
        return !sections.isEmpty() && sections.stream().allMatch(s -> s.notice() != null);
    }

    public boolean allForbidden() {
        return nothingAnswered()
                && sections.stream()
                        .allMatch(s -> s.notice().status() == 403 || s.notice().status() == 401);
    }
}
