package org.verbatim.speaker;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    /**
     * Speakers whose canonical name or an alias equals one of {@code names}, ignoring case, with their aliases. The
     * plain comparisons find candidates through the indexes (the columns' collation ignores case and accents, so
     * callers match exactly with {@link Speaker#isKnownAs}); an OR across the alias join would read every speaker.
     */
    default List<Speaker> findKnownAs(Collection<String> names) {
        Set<Long> ids = new LinkedHashSet<>(idsWithCanonicalName(names));
        ids.addAll(idsWithAlias(names));
        return ids.isEmpty() ? List.of() : withAliases(ids);
    }

    @Query("select s.id from Speaker s where s.canonicalName in :names")
    List<Long> idsWithCanonicalName(@Param("names") Collection<String> names);

    @Query("select distinct s.id from Speaker s join s.aliases a where a in :names")
    List<Long> idsWithAlias(@Param("names") Collection<String> names);

    @Query("select distinct s from Speaker s left join fetch s.aliases where s.id in :ids order by s.id")
    List<Speaker> withAliases(@Param("ids") Collection<Long> ids);

    List<Speaker> findAllByOrderByCanonicalNameAsc();

    /** The entry with this {@link SpeakerIdentity} key, if any (there is at most one). */
    java.util.Optional<Speaker> findByIdentityKey(String identityKey);

    @Query("select s from Speaker s where lower(s.canonicalName) like :pattern or exists "
            + "(select 1 from Speaker s2 join s2.aliases a where s2 = s and lower(a) like :pattern) "
            + "order by s.canonicalName")
    List<Speaker> findMatching(@Param("pattern") String pattern, org.springframework.data.domain.Pageable page);
}
