package org.verbatim.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class QuoteCommentsIT {

    @Autowired
    QuoteComments comments;

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    RunAs fiona;
    RunAs erin;
    String erinName;
    String fionaName;

    @BeforeEach
    void a_desk() {
        String m = Long.toString(System.nanoTime(), 36);
        fionaName = users.create("qc-fiona-" + m, Role.FACT_CHECKER).getUsername();
        erinName = users.create("qc-erin-" + m, Role.EDITOR).getUsername();
        fiona = RunAs.user(fionaName, Role.FACT_CHECKER);
        erin = RunAs.user(erinName, Role.EDITOR);
    }

    @Test
    void a_fact_checker_and_an_editor_talk_about_a_quote_oldest_first_and_mentions_name_real_accounts() {
        var story = fiona.call(() -> articles.harbourStory());
        long quoteId = story.quotes().getFirst().getId();
        fiona.call(() -> comments.post(quoteId, "@" + erinName.toUpperCase() + " is 'he' Brell? cc @nobody-here"));
        erin.call(() -> comments.post(quoteId, "  Yes, see the minutes, @" + fionaName + ".  "));

        var thread = RunAs.user("qc-audrey", Role.AUDITOR).call(() -> comments.on(quoteId));
        assertThat(thread).extracting(QuoteComments.Comment::author).containsExactly(fionaName, erinName);
        assertThat(thread.getFirst().mentions()).as("the account as stored; unknown names are no mention")
                .containsExactly(erinName);
        assertThat(thread.get(1).text()).isEqualTo("Yes, see the minutes, @" + fionaName + ".");
        assertThat(thread.get(1).mentions()).containsExactly(fionaName);
        assertThat(fiona.call(() -> comments.on(java.util.List.of(quoteId, story.quotes().get(1).getId()))))
                .as("quotes without comments are left out").containsOnlyKeys(quoteId);
    }

    @Test
    void only_fact_checkers_and_editors_write_and_an_empty_comment_is_refused() {
        var story = fiona.call(() -> articles.harbourStory());
        long quoteId = story.quotes().getFirst().getId();
        assertThatThrownBy(() -> RunAs.user("qc-audrey", Role.AUDITOR).call(() -> comments.post(quoteId, "hm")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> fiona.call(() -> comments.post(quoteId, "   ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write something");
        assertThatThrownBy(() -> fiona.call(() -> comments.post(quoteId, "x".repeat(QuoteComment.MAX_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> fiona.call(() -> comments.post(-1, "where?")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fiona.call(() -> comments.on(quoteId))).isEmpty();
    }

    @Test
    void a_comment_is_in_the_audit_log_with_its_words_quote_and_article() {
        var story = fiona.call(() -> articles.harbourStory());
        long quoteId = story.quotes().getFirst().getId();
        var posted = fiona.call(() -> comments.post(quoteId, "Transcript checked against the recording"));

        var entries = RunAs.user("qc-audrey", Role.AUDITOR).call(() -> auditLog.log(AuditLogFilter.everything(),
                0, 50));
        assertThat(entries).filteredOn(e -> e.record() == AuditedRecord.COMMENT && e.recordId() == posted.id())
                .singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(fionaName);
                    assertThat(e.reason()).isEqualTo("Comment: Transcript checked against the recording");
                    assertThat(e.detail()).isEqualTo("Quote " + quoteId + " by " + fionaName);
                    assertThat(e.quoteId()).isEqualTo(quoteId);
                    assertThat(e.articleId()).isEqualTo(story.articleId());
                });
    }
}
