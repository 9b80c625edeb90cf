package org.verbatim.compare;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.quote.Quote;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * "New conflicts": quotes imported since the reader last looked that are strong contradiction candidates against a
 * confirmed earlier statement by the same speaker or the same affiliation. Computed on demand from the index, so an
 * import needs no extra step and nothing is missed while nobody looks.
 */
@Service
@RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
public class WatchList {

    public record Conflict(QuoteCard newer, QuoteCard earlier, double score, List<String> reasons) {
    }

    /** How many newly imported quotes are weighed at most, newest first. */
    static final int NEW_QUOTES = 300;
    /** A candidate this strong is worth a person's look. */
    static final double STRONG = 0.5;

    private final StatementIndex index;
    private final LabelMemory labels;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    WatchList(StatementIndex index, LabelMemory labels, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.index = index;
        this.labels = labels;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** When the signed-in person last marked the list as seen; the start of time if never. */
    @Transactional(readOnly = true)
    public Instant lastLook() {
        return jdbc.sql("select looked_at from watch_mark where username = ?").param(currentUser.username())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    /** Whether the signed-in person marked the list as seen after {@code instant}. */
    @Transactional(readOnly = true)
    public boolean lookedSince(Instant instant) {
        return lastLook().isAfter(instant);
    }

    @Transactional(readOnly = true)
    public List<Conflict> newConflicts() {
        return conflictsSince(lastLook());
    }

    @Transactional(readOnly = true)
    public List<Conflict> conflictsSince(Instant since) {
        StatementQueries q = index.queries();
        List<Object[]> fresh = index.session().search(Quote.class)
                .select(f -> f.composite().from(q.statement(f), f.field("article.importedAt", Instant.class)).asArray())
                .where(f -> q.importedAfter(f, since))
                .sort(f -> f.field("article.importedAt").desc())
                .fetchHits(NEW_QUOTES);
        var memory = labels.memory();
        List<ContradictionFinder.Pair> strong = new ArrayList<>();
        for (Object[] row : fresh) {
            Statement s = index.resolveAffiliations(List.of((Statement) row[0])).getFirst();
            Instant importedAt = (Instant) row[1];
            if (s.speakerId() == null && s.affiliationKey() == null) {
                continue;
            }
            var pairs = ContradictionFinder.pairsFor(index, s, f -> {
                var who = f.bool();
                if (s.speakerId() != null) {
                    who.should(q.ofSpeaker(f, s.speakerId()));
                }
                if (s.affiliationKey() != null) {
                    who.should(q.ofAffiliation(f, s.affiliationKey()));
                }
                return f.bool().filter(q.confirmed(f)).filter(who)
                        .filter(f.range().field("article.importedAt").atMost(importedAt))
                        .mustNot(f.match().field("article.id").matching(s.articleId()));
            }, memory, 3);
            pairs.stream().filter(p -> p.scored().score() >= STRONG && !p.scored().contrast().isEmpty()
                    && p.scored().sameSide()).findFirst().ifPresent(strong::add);
        }
        strong.sort(Comparator.comparingDouble((ContradictionFinder.Pair p) -> -p.scored().score()));
        Set<Long> ids = new LinkedHashSet<>();
        strong.forEach(p -> {
            ids.add(p.first().quoteId());
            ids.add(p.second().quoteId());
        });
        Map<Long, QuoteCard> cards = new HashMap<>();
        index.cards(ids).forEach(c -> cards.put(c.quoteId(), c));
        List<Conflict> out = new ArrayList<>();
        for (var p : strong) {
            QuoteCard newer = cards.get(p.first().quoteId());
            QuoteCard earlier = cards.get(p.second().quoteId());
            if (newer != null && earlier != null) {
                out.add(new Conflict(newer, earlier, p.scored().score(), p.scored().reasons()));
            }
        }
        return out;
    }

    /** Everything imported until now counts as seen by the signed-in person. */
    @Transactional
    public void markSeen() {
        String me = currentUser.username();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update watch_mark set looked_at = ? where username = ?").param(now).param(me).update();
        if (updated == 0) {
            jdbc.sql("insert into watch_mark (username, looked_at) values (?, ?)").param(me).param(now).update();
        }
    }
}
