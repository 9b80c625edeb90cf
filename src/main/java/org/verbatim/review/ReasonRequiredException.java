package org.verbatim.review;

public class ReasonRequiredException extends IllegalArgumentException {
    public ReasonRequiredException(String what) {
        super("Say why you " + what + ": a reason is required and goes into the audit history");
    }
}
