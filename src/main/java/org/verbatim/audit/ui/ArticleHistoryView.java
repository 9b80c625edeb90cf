package org.verbatim.audit.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.audit.AuditHistory;
import org.verbatim.audit.AuditHistory.ArticleSubject;
import org.verbatim.base.ui.Formats;
import org.verbatim.security.Role;

/** An article's history: its own revisions and every revision of its quotes, in time order. Read-only. */
@Route("history/article")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ArticleHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AuditHistory history;
    private final H2 title = new H2();
    private final Paragraph about = new Paragraph();
    private final TimelineGrid timeline = new TimelineGrid(true);

    public ArticleHistoryView(AuditHistory history) {
        this.history = history;
        setSizeFull();
        addClassName("vb-history");
        about.addClassName("vb-lead");
        add(new RouterLink("← Audit log", AuditLogView.class), title, about, timeline);
        expand(timeline);
    }

    @Override
    public void setParameter(BeforeEvent event, Long articleId) {
        ArticleSubject article = articleId == null ? null : history.article(articleId).orElse(null);
        if (article == null) {
            throw new NotFoundException("No such article");
        }
        title.setText("History of “" + article.title() + "”");
        about.setText((article.publisher() == null ? "" : article.publisher() + " · ")
                + (article.publishedOn() == null ? "undated" : Formats.date(article.publishedOn())));
        timeline.setItems(history.articleTimeline(articleId));
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Verbatim";
    }
}
