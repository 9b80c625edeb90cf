package org.verbatim.compare;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two or more statements side by side: the cards, in the order asked for. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class StatementComparison {

    private final StatementIndex index;

    StatementComparison(StatementIndex index) {
        this.index = index;
    }

    public List<QuoteCard> cards(List<Long> quoteIds) {
        return index.cards(quoteIds.stream().distinct().limit(12).toList());
    }
}
