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
}
