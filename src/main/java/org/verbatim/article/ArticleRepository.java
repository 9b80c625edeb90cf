package org.verbatim.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {
    Optional<Article> findByContentHash(String contentHash);

    /** An article without its text, for lists. */
    interface Listing {
        Long getId();

        String getTitle();

        String getPublisher();

        java.time.LocalDate getPublishedOn();

        String getUrl();

        java.time.Instant getImportedAt();
    }

    @Query(value = "select a.id as id, a.title as title, a.publisher as publisher, a.publishedOn as publishedOn,"
            + " a.url as url, a.importedAt as importedAt from Article a",
            countQuery = "select count(a) from Article a")
    org.springframework.data.domain.Page<Listing> findListing(org.springframework.data.domain.Pageable pageable);

    @Query("select a.contentHash from Article a where a.contentHash in :hashes")
    List<String> findContentHashesIn(@Param("hashes") Collection<String> hashes);

    /** The content hashes of articles after {@code afterId}, by id, one page at a time. */
    @Query("select a.id as id, a.contentHash as contentHash from Article a where a.id > :afterId order by a.id")
    List<HashOf> findContentHashesAfter(@Param("afterId") long afterId, org.springframework.data.domain.Limit limit);

    interface HashOf {
        Long getId();

        String getContentHash();
    }

    /** What {@link KnownContents} needs, read in pages: a million articles never sit in memory as rows. */
    default KnownContents knownContents() {
        long[] prefixes = new long[1024];
        int size = 0;
        long after = 0;
        while (true) {
            List<HashOf> page = findContentHashesAfter(after, org.springframework.data.domain.Limit.of(20_000));
            for (HashOf h : page) {
                if (size == prefixes.length) {
                    prefixes = java.util.Arrays.copyOf(prefixes, size * 2);
                }
                prefixes[size++] = KnownContents.prefixOf(h.getContentHash());
                after = h.getId();
            }
            if (page.size() < 20_000) {
                return KnownContents.of(java.util.Arrays.copyOf(prefixes, size));
            }
        }
    }
}
