package org.verbatim.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.audit.AuditHistory;
import org.verbatim.audit.AuditHistory.QuoteSubject;
import org.verbatim.security.Role;

/** Every revision of one quote, from the machine's suggestion on. Read-only. */
@Route("history/quote")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class QuoteHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AuditHistory history;
    private final H2 title = new H2();
    private final Paragraph about = new Paragraph();
    private final HorizontalLayout links = new HorizontalLayout();
    private final TimelineGrid timeline = new TimelineGrid(false);

    public QuoteHistoryView(AuditHistory history) {
        this.history = history;
        setSizeFull();
        addClassName("vb-history");
        about.addClassName("vb-lead");
        add(links, title, about, timeline);
        expand(timeline);
    }

    @Override
    public void setParameter(BeforeEvent event, Long quoteId) {
        QuoteSubject quote = quoteId == null ? null : history.quote(quoteId).orElse(null);
        if (quote == null) {
            throw new NotFoundException("No quote with this number has ever existed");
        }
        title.setText("History of quote " + quote.id());
        about.setText("“" + quote.text() + "” — " + (quote.speaker() == null ? "no speaker" : quote.speaker())
                + " · now " + quote.status().label());
        links.removeAll();
        links.add(new RouterLink("← Audit log", AuditLogView.class),
                new RouterLink("Article: " + quote.articleTitle(), ArticleHistoryView.class, quote.articleId()));
        timeline.setItems(history.quoteTimeline(quoteId));
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Verbatim";
    }
}
