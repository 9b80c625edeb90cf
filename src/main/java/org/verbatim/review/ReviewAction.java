package org.verbatim.review;

public enum ReviewAction {
    CONFIRM, CORRECT, REJECT, VERDICT, APPROVE, RETURN
}
