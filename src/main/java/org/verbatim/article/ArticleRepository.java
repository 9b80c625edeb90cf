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
}
