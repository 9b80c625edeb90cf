package org.verbatim.review.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.verbatim.quote.ClaimRating;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;

/**
 * The truth of the claim itself, on the configured scale, apart from the attribution verdict above it. Kept as drafted
 * when someone else's change got in the way.
 */
class ClaimRatingForm extends VerticalLayout {

    /** What the fact-checker asks to record. */
    record Draft(ClaimRating rating, String note) {
    }

    final Select<ClaimRating> rating = new Select<>();
    final TextArea note = new TextArea("Why");
    final Div conflictSlot = new Div();
    final Button rate;
    private final ClaimRatings ratings;

    ClaimRatingForm(ClaimRatings ratings, Consumer<Draft> onRate) {
        this.ratings = ratings;
        setPadding(false);
        addClassName("vb-claim-rating-form");
        rating.setLabel("Claim rating");
        rating.setHelperText("Is what was said true? The verdict above rates only who said it.");
        rating.setItems(ratings.scale());
        rating.setItemLabelGenerator(ClaimRating::label);
        note.setPlaceholder("The finding in a sentence or two: it becomes the published review's text");
        note.setWidthFull();
        rate = new Button("Rate claim", e -> {
            if (rating.getValue() == null) {
                rating.setInvalid(true);
                rating.setErrorMessage("Choose a rating");
                return;
            }
            onRate.accept(new Draft(rating.getValue(), note.getValue()));
        });
        add(new H3("Claim"), rating, note, conflictSlot, rate);
    }

    /** Shows what is recorded for {@code quote}. */
    void fill(Quote quote) {
        rating.setValue(ratings.find(quote.getClaimRating()).orElse(null));
        rating.setInvalid(false);
        note.setValue(quote.getClaimRatingNote() == null ? "" : quote.getClaimRatingNote());
        conflictSlot.removeAll();
        enableFor(quote);
    }

    void enableFor(Quote quote) {
        rate.setEnabled(quote.getStatus() != ReviewStatus.REJECTED && quote.getStatus() != ReviewStatus.APPROVED);
    }
}
