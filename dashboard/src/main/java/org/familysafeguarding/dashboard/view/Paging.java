package org.familysafeguarding.dashboard.view;

/** Where a paged table stands: the API's page (from 0), its size and the total it reported. */
public record Paging(int page, int size, long total) {

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    public int shownFrom() {
        return total == 0 ? 0 : page * size + 1;
    }

    public long shownTo() {
        return Math.min(total, (long) (page + 1) * size);
    }
}
