package org.verbatim.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.article.Article;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/**
 * Object mother for speakers and their quotes, stored directly (not through an extractor) so that a test decides
 * exactly who said what: {@code newsroom.article("Budget day", date, said(kralId, "Taxes will fall"))}.
 */
@Component
public class Newsroom {

    public static final String EXTRACTOR = "newsroom-fixture";

    /** One quoted sentence and the speaker it is attributed to. */
    public record Said(long speakerId, String words) {
    }

    public record Published(long articleId, List<Long> quoteIds) {
    }

    private final EntityManager em;
    private final TransactionTemplate tx;

    Newsroom(EntityManager em, PlatformTransactionManager transactions) {
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
    }

    public static Said said(long speakerId, String words) {
        return new Said(speakerId, words);
    }

    /**
     * A marker that makes names and texts unique in the shared test database: letters and digits only. It starts with
     * a fixed 'q' because names compare ignoring doubled letters: a marker starting with the letter a name ends in
     * ("Duart" + "e1x" against "Duarte" + "e1x") would make two names of one test the same.
     */
    public static String unique() {
        return "q" + Long.toString(System.nanoTime(), 36);
    }

    public long speaker(String name, String... aliases) {
        return tx.execute(status -> {
            Speaker s = new Speaker(name, SpeakerKind.PERSON, null, null);
            for (String alias : aliases) {
                s.addAlias(alias);
            }
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    /**
     * An article with one paragraph per quote; each quote is attributed as given, pending review. Leave
     * {@code publishedOn} null unless the test is about dates, and then choose dates before 2021: the article list
     * shows the newest first, and other tests expect the demo articles (2021) near its top.
     */
    public Published article(String title, LocalDate publishedOn, Said... quotes) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<int[]> spans = new ArrayList<>();
        for (Said q : quotes) {
            text.append("“");
            int start = text.length();
            text.append(q.words());
            spans.add(new int[] {start, text.length()});
            text.append(",” the speaker said on the record ").append(unique()).append(".\n\n");
        }
        return tx.execute(status -> {
            Article article = new Article(text.toString(), title, "Test Gazette", publishedOn, null, "newsroom",
                    Instant.now(), "newsroom");
            em.persist(article);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < quotes.length; i++) {
                Speaker speaker = em.find(Speaker.class, quotes[i].speakerId());
                Quote quote = new Quote(article, spans.get(i)[0], spans.get(i)[1], QuoteType.DIRECT, speaker,
                        "the speaker", "said", EXTRACTOR, "1", 0.9);
                em.persist(quote);
                em.flush();
                ids.add(quote.getId());
            }
            return new Published(article.getId(), ids);
        });
    }
}
