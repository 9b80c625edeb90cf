package org.verbatim.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class QuotePresenceIT {

    @Autowired
    QuotePresence presence;

    @Autowired
    TestArticles articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_sees_the_others_who_have_the_quote_open_until_they_leave_or_go_quiet() {
        String m = Long.toString(System.nanoTime(), 36);
        RunAs fiona = RunAs.user("pr-fiona-" + m, Role.FACT_CHECKER);
        RunAs erin = RunAs.user("pr-erin-" + m, Role.EDITOR);
        RunAs gustav = RunAs.user("pr-gustav-" + m, Role.FACT_CHECKER);
        var story = fiona.call(() -> articles.harbourStory());
        long quoteId = story.quotes().getFirst().getId();
        long other = story.quotes().get(1).getId();

        assertThat(fiona.call(() -> presence.beat(quoteId))).isEmpty();
        assertThat(erin.call(() -> presence.beat(quoteId))).containsExactly("pr-fiona-" + m);
        assertThat(gustav.call(() -> presence.beat(other))).as("another quote").isEmpty();
        assertThat(fiona.call(() -> presence.beat(quoteId))).containsExactly("pr-erin-" + m);

        fiona.run(() -> presence.leave(quoteId));
        assertThat(erin.call(() -> presence.beat(quoteId))).isEmpty();

        gustav.call(() -> presence.beat(quoteId));
        // gustav's browser died without a word: his last beat is two minutes old (written by another node's clock)
        jdbc.sql("update quote_presence set seen_at = date_sub(seen_at, interval 2 minute) where username = ?")
                .param("pr-gustav-" + m).update();
        assertThat(erin.call(() -> presence.beat(quoteId))).isEmpty();
    }

    @Test
    void moving_to_another_quote_leaves_the_one_before() {
        String m = Long.toString(System.nanoTime(), 36);
        RunAs fiona = RunAs.user("pr-fiona-" + m, Role.FACT_CHECKER);
        RunAs erin = RunAs.user("pr-erin-" + m, Role.EDITOR);
        var story = fiona.call(() -> articles.harbourStory());
        long first = story.quotes().getFirst().getId();
        long second = story.quotes().get(1).getId();

        assertThat(fiona.call(() -> presence.move(null, first))).isEmpty();
        assertThat(erin.call(() -> presence.move(null, first))).containsExactly("pr-fiona-" + m);
        assertThat(fiona.call(() -> presence.move(first, second))).isEmpty();
        assertThat(erin.call(() -> presence.beat(first))).as("fiona left the first").isEmpty();
        assertThat(erin.call(() -> presence.move(first, second))).containsExactly("pr-fiona-" + m);
        assertThat(fiona.call(() -> presence.move(second, second))).as("staying on one quote")
                .containsExactly("pr-erin-" + m);
    }

    @Test
    void nobody_signed_in_is_present() {
        assertThatThrownBy(() -> presence.beat(1L)).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class,
                AccessDeniedException.class);
    }
}
