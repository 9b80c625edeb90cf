package org.verbatim.speaker;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    /** Speakers whose canonical name or an alias equals {@code name}, ignoring case. */
    @Query("select distinct s from Speaker s left join s.aliases a "
            + "where lower(s.canonicalName) = lower(:name) or lower(a) = lower(:name)")
    List<Speaker> findKnownAs(@Param("name") String name);

    List<Speaker> findAllByOrderByCanonicalNameAsc();

    @Query("select s from Speaker s where lower(s.canonicalName) like :pattern or exists "
            + "(select 1 from Speaker s2 join s2.aliases a where s2 = s and lower(a) like :pattern) "
            + "order by s.canonicalName")
    List<Speaker> findMatching(@Param("pattern") String pattern, org.springframework.data.domain.Pageable page);
}
