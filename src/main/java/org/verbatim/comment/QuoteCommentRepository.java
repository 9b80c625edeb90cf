package org.verbatim.comment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteCommentRepository extends JpaRepository<QuoteComment, Long> {

    List<QuoteComment> findByQuoteIdInOrderByIdAsc(Collection<Long> quoteIds);
}
