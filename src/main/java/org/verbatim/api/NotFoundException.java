package org.verbatim.api;

/** The resource a request names does not exist: a 404 problem. */
class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
