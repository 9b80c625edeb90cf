package org.verbatim.speaker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    /**
     * Speakers whose canonical name or an alias equals {@code name}, ignoring case. Two indexed lookups: one query
     * with {@code lower(…)} and an OR across the alias join read every speaker and alias, for every article a bulk
     * import stores.
     */
    default List<Speaker> findKnownAs(String name) {
        Set<Speaker> found = new LinkedHashSet<>(withCanonicalName(name));
        found.addAll(withAlias(name));
        return List.copyOf(found);
    }

    // the plain comparison finds candidates through the index (the columns' collation ignores case and accents),
    // lower(…) keeps the meaning exact: case-insensitive only
    @Query("select s from Speaker s where s.canonicalName = :name and lower(s.canonicalName) = lower(:name)")
    List<Speaker> withCanonicalName(@Param("name") String name);

    @Query("select distinct s from Speaker s join s.aliases a where a = :name and lower(a) = lower(:name)")
    List<Speaker> withAlias(@Param("name") String name);

    List<Speaker> findAllByOrderByCanonicalNameAsc();

    @Query("select s from Speaker s where lower(s.canonicalName) like :pattern or exists "
            + "(select 1 from Speaker s2 join s2.aliases a where s2 = s and lower(a) like :pattern) "
            + "order by s.canonicalName")
    List<Speaker> findMatching(@Param("pattern") String pattern, org.springframework.data.domain.Pageable page);
}
