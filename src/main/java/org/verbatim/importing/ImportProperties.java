package org.verbatim.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one article may hold, and how a page is fetched by its address. A text past these is refused with the
 * reason, whatever brought it in (the API, an upload, the command line): a 3.9 MB "article" once took 36 s and became
 * 120,000 quotes.
 *
 * @param maxArticleChars       the longest text, in characters, checked before extraction
 * @param maxQuotesPerArticle   the most quotes one article may yield
 * @param fetchTimeout          how long fetching one address may take, connecting and reading
 * @param maxRedirects          redirects followed when fetching an address
 * @param allowPrivateAddresses whether pages on private, loopback and link-local addresses may be fetched (off: an
 *                              import by address cannot reach the newsroom's own network)
 */
@ConfigurationProperties("verbatim.import")
public record ImportProperties(@DefaultValue("1000000") int maxArticleChars,
                               @DefaultValue("2000") int maxQuotesPerArticle,
                               @DefaultValue("10s") Duration fetchTimeout,
                               @DefaultValue("5") int maxRedirects,
                               @DefaultValue("false") boolean allowPrivateAddresses) {
}
