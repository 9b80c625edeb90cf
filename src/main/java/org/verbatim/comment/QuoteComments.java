package org.verbatim.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.notification.NotificationKind;
import org.verbatim.notification.Notifier;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * A quote's thread between fact-checkers and editors: everyone who may read the quote reads it, fact-checkers and
 * editors write in it. "@name" mentions a user by their user name (when such an enabled account exists).
 */
@Service
public class QuoteComments {

    /** A comment as the thread shows it. */
    public record Comment(long id, long quoteId, String author, String text, Instant at, List<String> mentions) {
    }

    // "@fiona", "@as-fiona-2", "(@erin)"; not the middle of an e-mail address ("erin@example.org")
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._-])@([\\p{L}\\p{N}._-]+)");

    private final QuoteCommentRepository comments;
    private final QuoteRepository quotes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate reads;
    private final Notifier notifier;

    @PersistenceContext
    private EntityManager em;

    QuoteComments(QuoteCommentRepository comments, QuoteRepository quotes, CurrentUser currentUser, Clock clock,
                  PlatformTransactionManager transactions, Notifier notifier) {
        this.comments = comments;
        this.quotes = quotes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.notifier = notifier;
    }

    /** Adds a comment to the quote's thread; the users it @-mentions are told. */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public Comment post(long quoteId, String text) {
        String who = currentUser.username();
        // the audit log shows the words themselves as the revision's reason
        return ChangeReason.during("Comment: " + (text == null ? "" : text.strip()), () -> tx.execute(s -> {
            Quote quote = quotes.findById(quoteId)
                    .orElseThrow(() -> new IllegalArgumentException("This quote no longer exists"));
            QuoteComment comment = comments.saveAndFlush(new QuoteComment(quoteId, who, text,
                    mentionedUsers(text), clock.instant()));
            String about = quote.getText().length() <= 60 ? quote.getText() : quote.getText().substring(0, 59) + "…";
            for (String mentioned : comment.getMentions()) {
                notifier.tell(mentioned, NotificationKind.MENTIONED, who + " mentioned you on “" + about + "”: "
                        + comment.getBody(), "articles/" + quote.getArticle().getId() + "?quote=" + quoteId);
            }
            return view(comment);
        }));
    }

    /** The quote's thread, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Comment> on(long quoteId) {
        return on(List.of(quoteId)).getOrDefault(quoteId, List.of());
    }

    /** The threads of these quotes, oldest comment first; quotes without comments are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Comment>> on(Collection<Long> quoteIds) {
        if (quoteIds.isEmpty()) {
            return Map.of();
        }
        return reads.execute(s -> {
            Map<Long, List<Comment>> threads = new LinkedHashMap<>();
            for (QuoteComment c : comments.findByQuoteIdInOrderByIdAsc(quoteIds)) {
                threads.computeIfAbsent(c.getQuoteId(), id -> new ArrayList<>()).add(view(c));
            }
            return threads;
        });
    }

    /** The words of {@code text} written as "@name", as written, in order, once each. */
    static Set<String> mentionsIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            // a sentence may end right after the name: "ask @erin."
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The enabled accounts the text mentions, by their user names as stored. */
    private List<String> mentionedUsers(String text) {
        Set<String> written = mentionsIn(text);
        if (written.isEmpty()) {
            return List.of();
        }
        List<String> lower = written.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return em.createQuery("select u.username from UserAccount u where u.enabled = true"
                + " and lower(u.username) in :names order by u.username", String.class)
                .setParameter("names", lower).getResultList();
    }

    private static Comment view(QuoteComment c) {
        return new Comment(c.getId(), c.getQuoteId(), c.getAuthor(), c.getBody(), c.getCreatedAt(),
                c.getMentions());
    }
}
