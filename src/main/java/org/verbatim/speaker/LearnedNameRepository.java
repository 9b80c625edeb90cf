package org.verbatim.speaker;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LearnedNameRepository extends JpaRepository<LearnedName, String> {

    /** Learned names equal to one of {@code names} (the collation ignores case), with speakers and their aliases. */
    @Query("select distinct l from LearnedName l join fetch l.speaker s left join fetch s.aliases"
            + " where l.name in :names")
    List<LearnedName> findByNameIn(@Param("names") Collection<String> names);
}
