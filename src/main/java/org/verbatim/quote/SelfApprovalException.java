package org.verbatim.quote;

/** Raised when an editor tries to approve a quote they reviewed themselves. */
public class SelfApprovalException extends IllegalStateException {
    public SelfApprovalException() {
        super("You reviewed this quote yourself; another editor must approve it");
    }
}
