package org.verbatim.base.search;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Index names on Elasticsearch/OpenSearch, with {@code VERBATIM_SEARCH_INDEX_PREFIX} in front so that several
 * installations can share a cluster: Hibernate Search's own layout otherwise ({@code quote-000001} behind the aliases
 * {@code quote-read} and {@code quote-write}), so a rebuild can build {@code quote-000002} and move the aliases.
 */
@Component("prefixedIndexLayout")
public class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]*|");
    private static final Pattern GENERATION = Pattern.compile("(.*)-(\\d{6})");

    private final String prefix;

    public PrefixedIndexLayout(@Value("${verbatim.search.index-prefix:}") String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("VERBATIM_SEARCH_INDEX_PREFIX must be lower-case letters, digits, '-',"
                    + " '_' or '.', starting with a letter or digit: " + prefix);
        }
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The name of generation {@code generation} of an index ({@code 1} is the one Hibernate Search creates). */
    public String indexName(String hibernateSearchIndexName, int generation) {
        return prefix + hibernateSearchIndexName + "-%06d".formatted(generation);
    }

    /** The generation of an index named by {@link #indexName}. */
    public static int generationOf(String elasticsearchIndexName) {
        Matcher m = GENERATION.matcher(elasticsearchIndexName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a generation of an index: " + elasticsearchIndexName);
        }
        return Integer.parseInt(m.group(2));
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return indexName(hibernateSearchIndexName, 1);
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher m = GENERATION.matcher(elasticsearchIndexName);
        return m.matches() ? m.group(1) : null;
    }
}
