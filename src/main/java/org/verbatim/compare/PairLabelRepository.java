package org.verbatim.compare;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PairLabelRepository extends JpaRepository<PairLabel, Long> {

    @Query("select l from PairLabel l where l.first.id = :first and l.second.id = :second")
    Optional<PairLabel> findPair(long first, long second);

    @Query("select l from PairLabel l join fetch l.first f join fetch l.second s")
    List<PairLabel> findAllWithQuotes();

    /** Changes whenever a label or one of its statements does: which labels, their versions and their quotes'. */
    @Query("select concat(str(count(l)), ':', str(coalesce(max(l.id), 0)), ':', str(coalesce(sum(l.version), 0)),"
            + " ':', str(coalesce(sum(f.version), 0)), ':', str(coalesce(sum(s.version), 0)))"
            + " from PairLabel l join l.first f join l.second s")
    String stamp();
}
