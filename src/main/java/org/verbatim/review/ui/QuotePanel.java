package org.verbatim.review.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.springframework.security.access.AccessDeniedException;
import org.verbatim.base.ui.Formats;
import org.verbatim.base.ui.Notifications;
import org.verbatim.base.ui.UiPolling;
import org.verbatim.comment.QuoteComments;
import org.verbatim.comment.ui.CommentThread;
import org.verbatim.presence.QuotePresence;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.Assignments;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.ReviewNotes.Notes;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerFinder;

/**
 * Everything a reviewer does to one quote: confirm, correct (span, speaker, type), reject, record a verdict; an
 * editor approves or returns it. Every button only asks the server, which checks roles and versions itself.
 */
class QuotePanel extends VerticalLayout {

    /** A span of the article the reviewer selected in the reader. */
    record Selection(int start, int end, String text) {
    }

    /** The reader around the panel. */
    interface Host {
        /** A step was saved: show the article again with this quote, or the next one to review ({@code advance}). */
        void saved(Quote quote, boolean advance);

        /** Show the article again as stored, this quote still open. */
        void reload(long quoteId);

        /** The panel closed: nothing is selected. */
        void closed();
    }

    /** Where the reviewer acted, so that a conflict is explained there. */
    private enum Where { ACTIONS, CORRECTION, VERDICT, RATING }

    /** A save someone else's change got in the way of, waiting for the quote as it is now. */
    private record Conflict(Where where, Quote seen, ConflictingEditException exception) {
    }

    private final ReviewWorkflow workflow;
    private final Assignments assignments;
    private final QuoteComments comments;
    private final QuotePresence presence;
    /** Who else has the open quote open (on any node), kept current by a heartbeat. */
    private final Span others = new Span();
    /** The quote this panel beats for; read by the heartbeat's thread. */
    private volatile Long beatingFor;
    private final CurrentUser user;
    private final Host host;

    private final Div body = new Div();
    private final SpeakerFinder speakers;
    private final CorrectionForm correction;
    private final VerdictForm verdict;
    private final ClaimRatingForm rating;
    private final ClaimRatings ratings;
    private final Div actionsConflictSlot = new Div();
    private Quote quote;
    private Long articleId;
    private Conflict conflict;

    /** Who else has a quote open, as one heartbeat found. */
    private record Present(long quoteId, List<String> others) {
    }

    QuotePanel(ReviewWorkflow workflow, Assignments assignments, QuoteComments comments, QuotePresence presence,
               UiPolling polling, SpeakerFinder speakers, ClaimRatings ratings, CurrentUser user, Host host) {
        this.workflow = workflow;
        this.assignments = assignments;
        this.comments = comments;
        this.presence = presence;
        others.addClassName("vb-presence");
        others.getElement().setAttribute("role", "status");
        polling.whileAttached(this, () -> {
            Long id = beatingFor;
            return id == null ? null : new Present(id, presence.beat(id));
        }, this::showOthers);
        addDetachListener(e -> stopBeating());
        this.user = user;
        this.host = host;
        this.speakers = speakers;
        this.correction = new CorrectionForm(speakers, this::saveCorrection);
        this.verdict = new VerdictForm(this::recordVerdict);
        this.ratings = ratings;
        this.rating = new ClaimRatingForm(ratings, this::rateClaim);
        addClassName("vb-panel");
        setWidth("27rem");
        setHeightFull();
        body.addClassName("vb-panel-body");
        body.setWidthFull();
        add(body);
        showNothing(null);
    }

    // ---- what the panel shows ---------------------------------------------------------------------------------

    void showNothing(Long articleId) {
        this.articleId = articleId;
        stopBeating();
        quote = null;
        conflict = null;
        correction.close();
        body.removeAll();
        body.add(new H3("No quote selected"), new Paragraph("Click a highlighted quote, or press j / k to step "
                + "through them. Select any text in the article to add a quote the extractor missed."),
                shortcutsHint());
        removeClassName("vb-panel-open");
    }

    void show(Quote q, Notes notes) {
        Conflict pending = conflict != null && conflict.seen().getId().equals(q.getId()) ? conflict : null;
        conflict = null;
        boolean keepCorrection = pending != null && pending.where() == Where.CORRECTION && correction.isVisible();
        quote = q;
        body.removeAll();
        addClassName("vb-panel-open");

        body.add(head(q, notes));
        beatFor(q.getId());
        body.add(others);
        if (notes.returned()) {
            body.add(returnNotice(notes));
        }
        body.add(blockquoteOf(q.getText()), who(q));
        if (q.getReviewedBy() != null) {
            body.add(line("Reviewed by " + q.getReviewedBy() + " · " + Formats.when(q.getReviewedAt())));
        }
        if (q.getVerdict() != null) {
            body.add(line("Verdict: " + q.getVerdict().label()
                    + (q.getVerdictNote() == null ? "" : " — " + q.getVerdictNote())));
        }
        if (q.getClaimRating() != null) {
            Paragraph claim = line("Claim rated " + ratings.describe(q.getClaimRating())
                    + (q.getClaimRatingNote() == null ? "" : " — " + q.getClaimRatingNote()));
            claim.addClassName("vb-claim-rating");
            body.add(claim);
        }
        if (notes.sources() != null) {
            NativeLabel label = new NativeLabel("Sources");
            label.addClassName("vb-field-label");
            body.add(label, SourceLinks.of(notes.sources()));
        }
        if (!notes.returned() && notes.wasReturned()) {
            body.add(line("Returned earlier by " + notes.returnedBy() + " · " + Formats.when(notes.returnedAt())
                    + ": “" + notes.returnComment() + "”"));
        }
        if (q.getApprovedBy() != null) {
            body.add(line("Approved by " + q.getApprovedBy() + " · " + Formats.when(q.getApprovedAt())));
        }
        if (q.getAssignedTo() != null && q.getStatus() == ReviewStatus.PENDING) {
            body.add(line("Assigned to " + q.getAssignedTo()));
        }
        actionsConflictSlot.removeAll();
        if (user.hasRole(Role.FACT_CHECKER)) {
            body.add(factCheckerActions(q), actionsConflictSlot, correction, verdict, rating);
            if (!keepCorrection) {
                correction.close();
            }
            if (pending != null && pending.where() == Where.VERDICT) {
                verdict.enableFor(q);
            } else {
                verdict.fill(q, notes);
            }
            if (pending != null && pending.where() == Where.RATING) {
                rating.enableFor(q);
            } else {
                rating.fill(q);
            }
        }
        if (user.hasRole(Role.EDITOR) && q.getStatus().isReviewed()) {
            body.add(editorActions(q));
            if (!user.hasRole(Role.FACT_CHECKER)) {
                body.add(actionsConflictSlot);
            }
        }
        if ((user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) && q.getStatus() == ReviewStatus.PENDING) {
            Button assign = new Button("Assign…", e -> new AssignDialog("this quote", assignments.factCheckers(),
                    assignments.of(q.getArticle().getId(), q.getId()).orElse(null),
                    (who, due) -> assignments.assignQuote(q.getId(), who, due), () -> host.reload(q.getId())).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            body.add(assign);
        }
        body.add(new CommentThread(comments, user, q.getId()));
        if (user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN)) {
            body.add(new Anchor("history/quote/" + q.getId(), "History of this quote"));
        }
        if (pending != null) {
            explain(pending, q);
        }
    }

    private HorizontalLayout head(Quote q, Notes notes) {
        Span meta = new Span(q.getType().label()
                + (q.getConfidence() == null ? "" : String.format(Locale.ROOT, " · confidence %.2f", q.getConfidence()))
                + (q.getExtractorName() == null ? "" : " · " + q.getExtractorName()
                + (q.getExtractorVersion() == null ? "" : " " + q.getExtractorVersion())));
        meta.addClassName("vb-meta");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close (Esc)");
        close.setTooltipText("Close (Esc)");
        close.addClassName("vb-panel-close");
        HorizontalLayout head = new HorizontalLayout(StatusBadge.of(q.getStatus(), notes.returned()), meta, close);
        head.setAlignItems(Alignment.BASELINE);
        head.setWidthFull();
        head.expand(meta);
        return head;
    }

    private static Div returnNotice(Notes notes) {
        Div box = new Div();
        box.addClassName("vb-returned");
        box.getElement().setAttribute("role", "note");
        Span who = new Span("Returned by " + notes.returnedBy() + " · " + Formats.when(notes.returnedAt()));
        who.addClassName("vb-returned-by");
        Paragraph comment = new Paragraph(notes.returnComment());
        comment.addClassName("vb-returned-comment");
        box.add(who, comment);
        return box;
    }

    private static VerticalLayout who(Quote q) {
        NativeLabel speakerLabel = new NativeLabel("Speaker");
        speakerLabel.addClassName("vb-field-label");
        Span speaker = new Span(q.getSpeaker() == null ? "— none —" : q.getSpeaker().getCanonicalName()
                + (q.getSpeaker().getRoleTitle() == null ? "" : ", " + q.getSpeaker().getRoleTitle())
                + (q.getSpeaker().getAffiliation() == null ? "" : " (" + q.getSpeaker().getAffiliation() + ")"));
        speaker.addClassName("vb-speaker-name");
        Span mention = new Span(q.getMention() == null && q.getCue() == null ? ""
                : "written as “" + (q.getMention() == null ? "…" : q.getMention()) + "”"
                + (q.getCue() == null ? "" : ", cue “" + q.getCue() + "”"));
        mention.addClassName("vb-meta");
        VerticalLayout who = new VerticalLayout(speakerLabel, speaker, mention);
        who.setPadding(false);
        who.setSpacing(false);
        return who;
    }

    /** The reviewer selected text: a new span for the correction being drafted, else a quote the extractor missed. */
    void selectionChanged(Selection s) {
        if (quote != null && correction.isVisible()) {
            correction.select(s);
            return;
        }
        if (s != null && user.hasRole(Role.FACT_CHECKER)) {
            showAddQuote(s);
        }
    }

    /** Esc, or the close button: nothing open any more. */
    void close() {
        showNothing(articleId);
        host.closed();
    }

    // ---- fact-checker -----------------------------------------------------------------------------------------

    private HorizontalLayout factCheckerActions(Quote q) {
        Button confirm = new Button("Confirm", e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setEnabled(q.getStatus() != ReviewStatus.APPROVED);
        confirm.setTooltipText("Confirm and go to the next quote to review (c)");
        Button edit = new Button("Edit", e -> startEdit());
        Button reject = new Button("Reject", e -> startReject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.setEnabled(q.getStatus() != ReviewStatus.APPROVED);
        reject.setEnabled(q.getStatus() != ReviewStatus.APPROVED && q.getStatus() != ReviewStatus.REJECTED);
        Button assign = new Button("Assign to me", e -> run(Where.ACTIONS,
                () -> workflow.assignToMe(q.getId(), q.getVersion()), "Assigned to you", false));
        assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        assign.setVisible(q.getStatus() == ReviewStatus.PENDING && !user.username().equals(q.getAssignedTo()));
        HorizontalLayout actions = new HorizontalLayout(confirm, edit, reject, assign);
        actions.setWrap(true);
        return actions;
    }

    /** Confirms the open quote and moves on to the next one waiting for review. */
    void confirm() {
        if (quote != null && user.hasRole(Role.FACT_CHECKER) && quote.getStatus() != ReviewStatus.APPROVED) {
            Quote q = quote;
            run(Where.ACTIONS, () -> workflow.confirm(q.getId(), q.getVersion()), "Confirmed", true);
        }
    }

    void startReject() {
        if (quote == null || !user.hasRole(Role.FACT_CHECKER) || quote.getStatus() == ReviewStatus.APPROVED) {
            return;
        }
        Quote q = quote;
        new ReasonDialog("Reject as not a quote", "“" + abbreviate(q.getText()) + "” is not a quote.", "Reject",
                why -> run(Where.ACTIONS, () -> workflow.reject(q.getId(), q.getVersion(), why), "Rejected", true))
                .open();
    }

    void startEdit() {
        if (quote == null || !user.hasRole(Role.FACT_CHECKER) || quote.getStatus() == ReviewStatus.APPROVED) {
            return;
        }
        correction.start(quote);
    }

    private void saveCorrection() {
        Quote q = quote;
        var change = correction.correctionOf(q);
        String reason = correction.reasonOrComplain();
        if (reason == null) {
            return;
        }
        run(Where.CORRECTION, () -> workflow.correct(q.getId(), q.getVersion(), change, reason), "Corrected", false);
    }

    private void recordVerdict(VerdictForm.Draft draft) {
        Quote q = quote;
        run(Where.VERDICT, () -> workflow.recordVerdict(q.getId(), q.getVersion(), draft.verdict(), draft.note(),
                draft.sources()), "Verdict recorded", false);
    }

    private void rateClaim(ClaimRatingForm.Draft draft) {
        Quote q = quote;
        run(Where.RATING, () -> workflow.rateClaim(q.getId(), q.getVersion(), draft.rating().label(), draft.note()),
                "Claim rated", false);
    }

    private void showAddQuote(Selection s) {
        stopBeating();
        quote = null;
        conflict = null;
        correction.close();
        host.closed();
        body.removeAll();
        addClassName("vb-panel-open");
        SpeakerPicker speakerPicker = new SpeakerPicker(speakers);
        Select<QuoteType> newType = new Select<>();
        newType.setLabel("Type");
        newType.setItems(QuoteType.values());
        newType.setItemLabelGenerator(QuoteType::label);
        newType.setValue(QuoteType.DIRECT);
        TextArea why = new TextArea("Reason");
        why.setValue("The extractor missed this quote");
        why.setWidthFull();
        Long article = articleId;
        Button add = new Button("Add quote", e -> run(Where.ACTIONS, () -> workflow.addMissedQuote(article,
                s.start(), s.end(), newType.getValue(), idOf(speakerPicker.picked()), speakerPicker.newSpeaker(),
                why.getValue()), "Quote added", false));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        body.add(new H3("Add a missed quote"), blockquoteOf(s.text()), speakerPicker, newType, why,
                new HorizontalLayout(add, cancel));
    }

    // ---- editor -------------------------------------------------------------------------------------------------

    private HorizontalLayout editorActions(Quote q) {
        boolean own = user.username().equals(q.getReviewedBy());
        Button approve = new Button("Approve", e -> run(Where.ACTIONS,
                () -> workflow.approve(q.getId(), q.getVersion()), "Approved", false));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(!own);
        if (own) {
            approve.setTooltipText("You reviewed this quote yourself; another editor must approve it");
        }
        Button giveBack = new Button("Return…", e -> new ReasonDialog("Return for review",
                "The reviewer sees your comment on the quote and in their queue.", "Return",
                comment -> run(Where.ACTIONS, () -> workflow.returnForReview(q.getId(), q.getVersion(), comment),
                        "Returned", false)).open());
        return new HorizontalLayout(approve, giveBack);
    }

    // ---- presence -----------------------------------------------------------------------------------------------

    /** Says at once that this person has the quote open, and who else has; the heartbeat keeps it so. */
    private void beatFor(long quoteId) {
        Long before = beatingFor;
        beatingFor = quoteId;
        showOthers(new Present(quoteId, presence.move(before, quoteId)));
    }

    private void stopBeating() {
        Long before = beatingFor;
        beatingFor = null;
        if (before != null) {
            try {
                presence.leave(before);
            } catch (RuntimeException e) {
                // a session ending by itself has nobody signed in to leave as: the row expires within a minute
            }
        }
    }

    private void showOthers(Present present) {
        if (present == null || !Long.valueOf(present.quoteId()).equals(beatingFor)) {
            return;   // a beat for a quote no longer open
        }
        others.setText(present.others().isEmpty() ? "" : "Also open now: " + String.join(", ", present.others()));
        others.setVisible(!present.others().isEmpty());
    }

    /** Who else the panel says has the quote open (for tests). */
    Span others() {
        return others;
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private void run(Where where, Supplier<Quote> action, String done, boolean advance) {
        try {
            Quote saved = action.get();
            Notifications.success(done);
            correction.close();
            host.saved(saved, advance);
        } catch (ConflictingEditException e) {
            if (quote == null) {
                Notifications.error(e.getMessage());
                return;
            }
            // show the quote as it is now, and say what happened where the reviewer is looking; drafts stay
            conflict = new Conflict(where, quote, e);
            host.reload(quote.getId());
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow that.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void explain(Conflict c, Quote now) {
        Div slot = switch (c.where()) {
            case CORRECTION -> correction.isVisible() ? correction.conflictSlot : actionsConflictSlot;
            case VERDICT -> verdict.conflictSlot;
            case RATING -> rating.conflictSlot;
            case ACTIONS -> actionsConflictSlot;
        };
        boolean draftKept = c.where() != Where.ACTIONS;
        slot.removeAll();
        ConflictNotice notice = new ConflictNotice(c.exception(), c.seen(), now, draftKept);
        slot.add(notice);
        notice.scrollIntoView();
    }

    private static Div blockquoteOf(String text) {
        Div quote = new Div();
        Element blockquote = new Element("blockquote");
        blockquote.setText(text);
        quote.getElement().appendChild(blockquote);
        return quote;
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("vb-meta");
        return p;
    }

    private static Div shortcutsHint() {
        Div hint = new Div();
        hint.addClassName("vb-meta");
        hint.setText("Keys: j / k next / previous · c confirm · x reject · e edit · Esc close · ? all shortcuts");
        return hint;
    }

    private static Long idOf(Speaker s) {
        return s == null ? null : s.getId();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }

    Quote current() {
        return quote;
    }

    /** The conflict explanation on show, if any (for tests). */
    Component conflictNotice() {
        return body.getChildren().flatMap(QuotePanel::descendants).filter(c -> c instanceof ConflictNotice)
                .findFirst().orElse(null);
    }

    private static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(QuotePanel::descendants));
    }

    CorrectionForm correction() {
        return correction;
    }

    VerdictForm verdict() {
        return verdict;
    }

    ClaimRatingForm rating() {
        return rating;
    }
}
