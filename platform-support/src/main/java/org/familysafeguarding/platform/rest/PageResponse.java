package org.familysafeguarding.platform.rest;

import java.util.List;

/** One page of a list. Every list endpoint pages, with a bounded page size. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
}
