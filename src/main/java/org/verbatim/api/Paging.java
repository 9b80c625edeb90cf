package org.verbatim.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests from query parameters, with sizes kept sensible. */
final class Paging {

    static final int MAX_SIZE = 200;
    /** Deeper than this a listing is an export: page × size may not pass it. */
    static final long MAX_OFFSET = 1_000_000;
    /** A search is paged through its best matches only: deeper pages would make the index rank everything. */
    static final long MAX_SEARCH_RESULTS = 10_000;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        return of(page, size, sort, MAX_OFFSET);
    }

    /** @param maxOffset how far the results may be paged through */
    static PageRequest of(int page, int size, Sort sort, long maxOffset) {
        if (page < 0) {
            throw new IllegalArgumentException("page: starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > maxOffset) {
            throw new IllegalArgumentException("page: at most the first " + maxOffset + " results can be paged"
                    + " through (page × size); narrow the request" + (maxOffset == MAX_OFFSET ? " or use an export"
                    : ""));
        }
        return PageRequest.of(page, size, sort);
    }
}
