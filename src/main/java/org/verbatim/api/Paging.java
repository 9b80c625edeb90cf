package org.verbatim.api;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests from query parameters, with sizes kept sensible. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static PageRequest of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new IllegalArgumentException("page starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
