package org.verbatim.review;

public enum ReviewAction {
    ADD, CONFIRM, CORRECT, REJECT, VERDICT, APPROVE, RETURN
}
