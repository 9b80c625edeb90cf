package org.verbatim.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.verbatim.extraction.ExtractedQuote;
import org.verbatim.extraction.ExtractedSpeaker;
import org.verbatim.extraction.ExtractionResult;
import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.SpeakerKind;
import org.verbatim.extraction.cli.ExtractCommand;
import org.verbatim.quote.Quote;

/**
 * Reviewed articles as a test set, in the format of {@code extract --json} (each article also carries its text): an
 * article is in when every one of its quotes has been reviewed, with its quotes as reviewers left them (rejected ones
 * out, added ones in) and its speakers as the registry names them. A newsroom's own reviewed work becomes the gold
 * that the extractor is measured against. Articles are read a hundred at a time.
 */
@Component
class GoldSet {

    private static final int PAGE = 100;

    private final JdbcClient jdbc;

    GoldSet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record ArticleRow(long id, String title, String publisher, Date published, String text) {
    }

    /** A page of articles with their quotes and their speakers' aliases. */
    private record Batch(List<ArticleRow> articles, Map<Long, List<QuoteRow>> quotes, Map<Long, List<String>> aliases) {
    }

    private record QuoteRow(long articleId, int start, int end, String type, String mention, String cue,
                            boolean manual, boolean speakerCorrected, Long speakerId, String speaker, String role,
                            String affiliation, String kind) {
    }

    /** Called through {@link Exports#gold}, which checks the caller. */
    void write(Writer out) {
        try {
            out.write("{\"articles\": [");
            long after = 0;
            boolean first = true;
            while (true) {
                List<Long> ids = jdbc.sql("select article_id from quote where article_id > ? group by article_id"
                                + " having sum(case when status = 'PENDING' then 1 else 0 end) = 0"
                                + " order by article_id limit " + PAGE)
                        .param(after).query(Long.class).list();
                if (!ids.isEmpty()) {
                    StringBuilder sb = new StringBuilder();
                    Batch batch = batch(ids);
                    for (ArticleRow article : batch.articles()) {
                        if (!first) {
                            sb.append(',');
                        }
                        first = false;
                        ExtractCommand.appendArticle(sb, "article/" + article.id(), gold(article, batch),
                                article.text());
                    }
                    out.write(sb.toString());
                }
                if (ids.size() < PAGE) {
                    break;
                }
                after = ids.getLast();
            }
            out.write("],\n \"errors\": []}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Batch batch(List<Long> ids) {
        List<ArticleRow> articles = jdbc.sql("select id, title, publisher, published_on, original_text from article"
                        + " where id in (:ids) order by id").param("ids", ids)
                .query((rs, n) -> new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getString("publisher"),
                        rs.getDate("published_on"), rs.getString("original_text"))).list();
        Map<Long, List<QuoteRow>> quotesByArticle = new HashMap<>();
        jdbc.sql("select q.article_id, q.start_offset, q.end_offset, q.quote_type, q.mention, q.cue, q.extractor_name,"
                        + " q.speaker_corrected, s.id as speaker_id, s.canonical_name, s.role_title, s.affiliation,"
                        + " s.kind"
                        + " from quote q left join speaker s on s.id = q.speaker_id"
                        + " where q.article_id in (:ids) and q.status <> 'REJECTED'"
                        + " order by q.article_id, q.start_offset")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("speaker_id");
                    Long speakerId = rs.wasNull() ? null : id;
                    return new QuoteRow(rs.getLong("article_id"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                            rs.getString("quote_type"), rs.getString("mention"), rs.getString("cue"),
                            Quote.MANUAL.equals(rs.getString("extractor_name")), rs.getBoolean("speaker_corrected"),
                            speakerId, rs.getString("canonical_name"), rs.getString("role_title"),
                            rs.getString("affiliation"), rs.getString("kind"));
                }).list()
                .forEach(q -> quotesByArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
        Map<Long, List<String>> aliases = new HashMap<>();
        List<Long> speakerIds = quotesByArticle.values().stream().flatMap(List::stream).map(QuoteRow::speakerId)
                .filter(Objects::nonNull).distinct().toList();
        if (!speakerIds.isEmpty()) {
            jdbc.sql("select speaker_id, alias from speaker_alias where speaker_id in (:ids) order by alias")
                    .param("ids", speakerIds)
                    .query((rs, n) -> aliases.computeIfAbsent(rs.getLong("speaker_id"), k -> new ArrayList<>())
                            .add(rs.getString("alias"))).list();
        }
        return new Batch(articles, quotesByArticle, aliases);
    }

    /** The article as reviewers left it: every quote certain, speakers in order of first quote. */
    private static ExtractionResult gold(ArticleRow article, Batch batch) {
        String text = article.text();
        List<ExtractedQuote> quotes = new ArrayList<>();
        Map<Long, ExtractedSpeaker> speakers = new LinkedHashMap<>();
        for (QuoteRow q : batch.quotes().getOrDefault(article.id(), List.of())) {
            boolean machineSpeaker = !q.manual() && !q.speakerCorrected();
            String mention = machineSpeaker && q.speaker() != null ? q.mention() : null;
            quotes.add(new ExtractedQuote(text.substring(q.start(), q.end()), q.start(), q.end(),
                    QuoteType.valueOf(q.type()), q.speaker(), mention, q.manual() ? null : q.cue(), 1.0));
            if (q.speakerId() != null && !speakers.containsKey(q.speakerId())) {
                // only the aliases this article uses: the registry's others belong to other articles
                List<String> used = batch.aliases().getOrDefault(q.speakerId(), List.of()).stream()
                        .filter(text::contains).toList();
                speakers.put(q.speakerId(), new ExtractedSpeaker(q.speaker(), used, q.role(), q.affiliation(),
                        SpeakerKind.valueOf(q.kind())));
            }
        }
        return new ExtractionResult(article.title(), article.published() == null ? null
                : article.published().toLocalDate(), article.publisher(), List.copyOf(speakers.values()), quotes);
    }
}
