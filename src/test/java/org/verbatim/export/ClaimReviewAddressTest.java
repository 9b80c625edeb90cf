package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.verbatim.quote.ClaimRatings;
import tools.jackson.databind.json.JsonMapper;

/** Every ClaimReview has a url: the published review's, else the quote's in Verbatim, else no export at all. */
class ClaimReviewAddressTest {

    static final ExportProperties.Organisation DESK = new ExportProperties.Organisation("Desk", null);

    @Test
    void a_review_points_at_its_published_address_when_one_is_configured() {
        QuoteExports exports = exports(new ExportProperties(DESK, "https://checks.example/{id}", "https://vb.example"));

        assertThat(exports.claimReview(row(41, 7, "Mostly false", null)).get("url"))
                .isEqualTo("https://checks.example/41");
    }

    @Test
    void without_a_review_address_a_review_points_at_its_quote_in_verbatim() {
        QuoteExports exports = exports(new ExportProperties(DESK, " ", "https://vb.example/desk/"));

        Map<String, Object> review = exports.claimReview(row(41, 7, "Mostly false", null));
        assertThat(review.get("url")).isEqualTo("https://vb.example/desk/articles/7?quote=41");
        @SuppressWarnings("unchecked")
        Map<String, Object> rating = (Map<String, Object>) review.get("reviewRating");
        assertThat(rating).containsEntry("ratingValue", 2).containsEntry("bestRating", 6)
                .containsEntry("worstRating", 1).containsEntry("alternateName", "Mostly false");
    }

    @Test
    void with_neither_address_the_export_is_refused_before_anything_is_written_and_start_up_warns() {
        ExportProperties none = new ExportProperties(DESK, null, "");
        QuoteExports exports = exports(none);
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> exports.claimReviews(out)).isInstanceOf(Exports.NotConfiguredException.class)
                .hasMessageContaining("VERBATIM_PUBLIC_URL").hasMessageContaining("VERBATIM_REVIEW_URL");
        assertThat(out.toString()).isEmpty();
        assertThatThrownBy(() -> exports.claimReview(row(41, 7, "True", null)))
                .isInstanceOf(Exports.NotConfiguredException.class);

        Logger logger = (Logger) LoggerFactory.getLogger(ClaimReviewAddressCheck.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            new ClaimReviewAddressCheck(none).warnWhenReviewsHaveNoAddress();
            new ClaimReviewAddressCheck(new ExportProperties(DESK, null, "https://vb.example"))
                    .warnWhenReviewsHaveNoAddress();
        } finally {
            logger.detachAppender(log);
        }
        assertThat(log.list).hasSize(1);
        assertThat(log.list.getFirst().getLevel()).isEqualTo(Level.WARN);
        assertThat(log.list.getFirst().getFormattedMessage()).contains("ClaimReview export is refused")
                .contains("VERBATIM_PUBLIC_URL");
    }

    @Test
    void a_rating_outside_the_scale_is_said_in_words_only_and_a_verdict_alone_still_makes_a_review() {
        QuoteExports exports = exports(new ExportProperties(DESK, null, "https://vb.example"));

        assertThat(exports.claimReview(row(1, 2, "Unverifiable", null)).get("reviewRating"))
                .isEqualTo(Map.of("@type", "Rating", "alternateName", "Unverifiable"));
        assertThat(exports.claimReview(row(1, 2, null, "MISQUOTED")).get("reviewRating"))
                .isEqualTo(Map.of("@type", "Rating", "alternateName", "Misquoted"));
    }

    private static QuoteExports exports(ExportProperties properties) {
        return new QuoteExports(null, properties, JsonMapper.builder().build(), ClaimRatings.standard());
    }

    private static QuoteExports.QuoteRow row(long id, long articleId, String rating, String verdict) {
        return new QuoteExports.QuoteRow(id, articleId, "Harbour row", "The Courier", "https://news.example/1",
                LocalDate.of(2024, 5, 2), 0, 10, "The harbour reopens in May", "DIRECT", "APPROVED",
                verdict == null ? "ACCURATE" : verdict, "Checked", "fiona", Instant.EPOCH, "eddie", Instant.EPOCH,
                0.9, null, null, null, null, null, rating, rating == null ? null : "The port says June");
    }
}
