package org.verbatim.review;

public enum ReviewAction {
    ADD, CONFIRM, CORRECT, REJECT, VERDICT, RATE, APPROVE, RETURN
}
