package org.verbatim.audit;

import org.verbatim.article.Article;
import org.verbatim.comment.QuoteComment;
import org.verbatim.quote.Quote;
import org.verbatim.review.Assignment;
import org.verbatim.review.Review;
import org.verbatim.security.SignInLockout;
import org.verbatim.security.UserAccount;
import org.verbatim.speaker.Speaker;

/** The kinds of record whose every change Envers keeps. */
public enum AuditedRecord {
    QUOTE("Quote", Quote.class),
    REVIEW("Review", Review.class),
    SPEAKER("Speaker", Speaker.class),
    ARTICLE("Article", Article.class),
    USER("User", UserAccount.class),
    SIGN_IN_LOCKOUT("Sign-in lock-out", SignInLockout.class),
    ASSIGNMENT("Assignment", Assignment.class),
    COMMENT("Comment", QuoteComment.class);

    private final String label;
    private final Class<?> entity;

    AuditedRecord(String label, Class<?> entity) {
        this.label = label;
        this.entity = entity;
    }

    public String label() {
        return label;
    }

    Class<?> entity() {
        return entity;
    }
}
