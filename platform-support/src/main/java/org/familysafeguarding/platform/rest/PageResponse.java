package org.familysafeguarding.platform.rest;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/** One page of a list. Every list endpoint pages, with a bounded page size. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";

    /** Runs the query for one page and maps each row to what the API shows. */
    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> view) {
        var paged = query.page(Page.of(page, size));
        return new PageResponse<>(paged.list().stream().map(view).toList(), page, size, paged.count());
    }

    /** The same page, each item shown another way. */
    public <U> PageResponse<U> map(Function<T, U> view) {
        return new PageResponse<>(items.stream().map(view).toList(), page, size, totalItems);
    }
}
