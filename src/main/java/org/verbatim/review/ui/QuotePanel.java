package org.verbatim.review.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.springframework.security.access.AccessDeniedException;
import org.verbatim.base.ui.Notifications;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.review.ReviewWorkflow.Correction;
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

    private final ReviewWorkflow workflow;
    private final CurrentUser user;
    private final Consumer<Quote> onSaved;
    private final Runnable onReload;

    private final Div body = new Div();
    private final Div conflict = new Div();
    private final SpeakerPicker speakerPicker;
    private final Select<QuoteType> type = new Select<>();
    private final TextArea reason = new TextArea("Reason for the correction");
    private final Span spanPreview = new Span();
    private final VerticalLayout editor = new VerticalLayout();
    private Selection newSpan;
    private Quote quote;
    private Long articleId;

    QuotePanel(ReviewWorkflow workflow, SpeakerFinder speakers, CurrentUser user, Consumer<Quote> onSaved,
               Runnable onReload) {
        this.workflow = workflow;
        this.user = user;
        this.onSaved = onSaved;
        this.onReload = onReload;
        this.speakerPicker = new SpeakerPicker(speakers);
        addClassName("vb-panel");
        setWidth("27rem");
        setHeightFull();
        conflict.addClassName("vb-conflict");
        conflict.setVisible(false);
        type.setLabel("Type");
        type.setItems(QuoteType.values());
        type.setItemLabelGenerator(t -> t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT));
        reason.setWidthFull();
        reason.setRequired(true);
        buildEditor();
        add(conflict, body);
        showNothing(null);
    }

    // ---- what the panel shows ---------------------------------------------------------------------------------

    void showNothing(Long articleId) {
        this.articleId = articleId;
        quote = null;
        body.removeAll();
        body.add(new H3("No quote selected"), new Paragraph("Click a highlighted quote, or press j / k to step "
                + "through them. Select any text in the article to add a quote the extractor missed."),
                shortcutsHint());
    }

    void show(Quote q) {
        quote = q;
        conflict.setVisible(false);
        body.removeAll();
        Span status = new Span(q.getStatus().name().toLowerCase(Locale.ROOT));
        status.addClassNames("vb-status", "vb-status-" + q.getStatus().name().toLowerCase(Locale.ROOT));
        Span meta = new Span(q.getType().name().toLowerCase(Locale.ROOT)
                + (q.getConfidence() == null ? "" : String.format(Locale.ROOT, " · confidence %.2f", q.getConfidence()))
                + (q.getExtractorName() == null ? "" : " · " + q.getExtractorName()
                + (q.getExtractorVersion() == null ? "" : " " + q.getExtractorVersion())));
        meta.addClassName("vb-meta");
        HorizontalLayout head = new HorizontalLayout(status, meta);
        head.setAlignItems(Alignment.BASELINE);

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

        body.add(head, blockquoteOf(q.getText()), who);
        if (q.getReviewedBy() != null) {
            body.add(line("Reviewed by " + q.getReviewedBy() + " · " + q.getReviewedAt()));
        }
        if (q.getVerdict() != null) {
            body.add(line("Verdict: " + q.getVerdict().label()
                    + (q.getVerdictNote() == null ? "" : " — " + q.getVerdictNote())));
        }
        if (q.getApprovedBy() != null) {
            body.add(line("Approved by " + q.getApprovedBy()));
        }
        if (q.getAssignedTo() != null && q.getStatus() == ReviewStatus.PENDING) {
            body.add(line("Assigned to " + q.getAssignedTo()));
        }
        if (user.hasRole(Role.FACT_CHECKER)) {
            body.add(factCheckerActions(q), editor, verdictForm(q));
            editor.setVisible(false);
        }
        if (user.hasRole(Role.EDITOR) && q.getStatus().isReviewed()) {
            body.add(editorActions(q));
        }
        if (user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN)) {
            body.add(new Anchor("history/quote/" + q.getId(), "History of this quote"));
        }
    }

    /** The reviewer selected text: offer it as a new span for the open quote, or as a new quote. */
    void selectionChanged(Selection s) {
        if (quote != null && editor.isVisible()) {
            newSpan = s;
            spanPreview.setText(s == null ? "Unchanged — select text in the article to change it" : "“" + s.text() + "”");
            return;
        }
        if (s != null && quote == null && user.hasRole(Role.FACT_CHECKER)) {
            showAddQuote(s);
        }
    }

    // ---- fact-checker -----------------------------------------------------------------------------------------

    private HorizontalLayout factCheckerActions(Quote q) {
        Button confirm = new Button("Confirm", e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setEnabled(q.getStatus() != ReviewStatus.APPROVED);
        Button edit = new Button("Edit", e -> startEdit());
        Button reject = new Button("Reject", e -> startReject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.setEnabled(q.getStatus() != ReviewStatus.APPROVED);
        reject.setEnabled(q.getStatus() != ReviewStatus.APPROVED && q.getStatus() != ReviewStatus.REJECTED);
        Button assign = new Button("Assign to me", e -> run(() -> workflow.assignToMe(q.getId(), q.getVersion()),
                "Assigned to you"));
        assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        assign.setVisible(q.getStatus() == ReviewStatus.PENDING && !user.username().equals(q.getAssignedTo()));
        HorizontalLayout actions = new HorizontalLayout(confirm, edit, reject, assign);
        actions.setWrap(true);
        return actions;
    }

    void confirm() {
        if (quote != null && user.hasRole(Role.FACT_CHECKER) && quote.getStatus() != ReviewStatus.APPROVED) {
            Quote q = quote;
            run(() -> workflow.confirm(q.getId(), q.getVersion()), "Confirmed");
        }
    }

    void startReject() {
        if (quote == null || !user.hasRole(Role.FACT_CHECKER) || quote.getStatus() == ReviewStatus.APPROVED) {
            return;
        }
        Quote q = quote;
        new ReasonDialog("Reject as not a quote", "“" + abbreviate(q.getText()) + "” is not a quote.", "Reject",
                why -> run(() -> workflow.reject(q.getId(), q.getVersion(), why), "Rejected")).open();
    }

    void startEdit() {
        if (quote == null || !user.hasRole(Role.FACT_CHECKER) || quote.getStatus() == ReviewStatus.APPROVED) {
            return;
        }
        newSpan = null;
        spanPreview.setText("Unchanged — select text in the article to change it");
        speakerPicker.reset(quote.getSpeaker());
        type.setValue(quote.getType());
        reason.clear();
        reason.setInvalid(false);
        editor.setVisible(true);
        speakerPicker.existing.focus();
    }

    private void buildEditor() {
        editor.setPadding(false);
        editor.addClassName("vb-editor");
        spanPreview.addClassName("vb-selection");
        NativeLabel spanLabel = new NativeLabel("Span");
        spanLabel.addClassName("vb-field-label");
        Button save = new Button("Save correction", e -> saveCorrection());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> editor.setVisible(false));
        editor.add(new H3("Correct"), spanLabel, spanPreview, speakerPicker, type, reason,
                new HorizontalLayout(save, cancel));
    }

    private void saveCorrection() {
        Quote q = quote;
        boolean speakerChanged = speakerPicker.createsNew() || speakerPicker.none.getValue()
                || !Objects.equals(idOf(speakerPicker.picked()), idOf(q.getSpeaker()));
        Correction correction = new Correction(
                newSpan == null ? null : newSpan.start(), newSpan == null ? null : newSpan.end(),
                speakerChanged && speakerPicker.picked() != null ? speakerPicker.picked().getId() : null,
                speakerChanged ? speakerPicker.newSpeaker() : null,
                speakerChanged && speakerPicker.none.getValue(),
                type.getValue() == q.getType() ? null : type.getValue());
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Say why: the audit history keeps it");
            return;
        }
        run(() -> workflow.correct(q.getId(), q.getVersion(), correction, reason.getValue()), "Corrected");
    }

    private VerticalLayout verdictForm(Quote q) {
        Select<Verdict> verdict = new Select<>();
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdict::label);
        verdict.setValue(q.getVerdict());
        TextArea note = new TextArea("Note");
        note.setValue(q.getVerdictNote() == null ? "" : q.getVerdictNote());
        note.setWidthFull();
        TextArea sources = new TextArea("Source links");
        sources.setPlaceholder("One link per line: recording, transcript, original post");
        sources.setWidthFull();
        Button record = new Button("Record verdict", e -> {
            if (verdict.getValue() == null) {
                verdict.setInvalid(true);
                verdict.setErrorMessage("Choose a verdict");
                return;
            }
            run(() -> workflow.recordVerdict(q.getId(), q.getVersion(), verdict.getValue(), note.getValue(),
                    sources.getValue()), "Verdict recorded");
        });
        record.setEnabled(q.getStatus() != ReviewStatus.REJECTED && q.getStatus() != ReviewStatus.APPROVED);
        VerticalLayout form = new VerticalLayout(new H3("Verdict"), verdict, note, sources, record);
        form.setPadding(false);
        return form;
    }

    private void showAddQuote(Selection s) {
        body.removeAll();
        speakerPicker.reset(null);
        Select<QuoteType> newType = new Select<>();
        newType.setLabel("Type");
        newType.setItems(QuoteType.values());
        newType.setValue(QuoteType.DIRECT);
        TextArea why = new TextArea("Reason");
        why.setValue("The extractor missed this quote");
        why.setWidthFull();
        Long article = articleId;
        Button add = new Button("Add quote", e -> run(() -> workflow.addMissedQuote(article, s.start(), s.end(),
                newType.getValue(), idOf(speakerPicker.picked()), speakerPicker.newSpeaker(), why.getValue()),
                "Quote added"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> showNothing(article));
        body.add(new H3("Add a missed quote"), blockquoteOf(s.text()), speakerPicker, newType, why,
                new HorizontalLayout(add, cancel));
    }

    // ---- editor -------------------------------------------------------------------------------------------------

    private HorizontalLayout editorActions(Quote q) {
        boolean own = user.username().equals(q.getReviewedBy());
        Button approve = new Button("Approve", e -> run(() -> workflow.approve(q.getId(), q.getVersion()),
                "Approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(!own);
        if (own) {
            approve.setTooltipText("You reviewed this quote yourself; another editor must approve it");
        }
        Button giveBack = new Button("Return…", e -> new ReasonDialog("Return for review",
                "The reviewer sees your comment in the history.", "Return",
                comment -> run(() -> workflow.returnForReview(q.getId(), q.getVersion(), comment), "Returned"))
                .open());
        return new HorizontalLayout(approve, giveBack);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private void run(Supplier<Quote> action, String done) {
        try {
            Quote saved = action.get();
            Notifications.success(done);
            editor.setVisible(false);
            onSaved.accept(saved);
        } catch (ConflictingEditException e) {
            conflict.removeAll();
            Button reload = new Button("Reload", click -> onReload.run());
            reload.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            conflict.add(new Paragraph(e.getMessage()), reload);
            conflict.setVisible(true);
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow that.");
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error(e.getMessage());
        }
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
        hint.setText("Keys: j / k next / previous · c confirm · x reject · e edit · ? all shortcuts");
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
}
