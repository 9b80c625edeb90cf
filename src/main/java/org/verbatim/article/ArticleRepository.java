package org.verbatim.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {
    Optional<Article> findByContentHash(String contentHash);

    @Query("select a.contentHash from Article a where a.contentHash in :hashes")
    List<String> findContentHashesIn(@Param("hashes") Collection<String> hashes);
}
