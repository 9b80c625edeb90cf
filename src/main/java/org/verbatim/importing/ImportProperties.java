package org.verbatim.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one article may hold. A text past these is refused with the reason, whatever brought it in (the API, an
 * upload, the command line): a 3.9 MB "article" once took 36 s and became 120,000 quotes.
 *
 * @param maxArticleChars     the longest text, in characters, checked before extraction
 * @param maxQuotesPerArticle the most quotes one article may yield
 */
@ConfigurationProperties("verbatim.import")
public record ImportProperties(@DefaultValue("1000000") int maxArticleChars,
                               @DefaultValue("2000") int maxQuotesPerArticle) {
}
