package org.verbatim.export.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.verbatim.export.Exports;
import org.verbatim.export.Exports.Format;

/**
 * The exports of {@code /api/exports} as downloads: each file is written on the server, in the request that downloads
 * it and as the user signed in there, so the same rules hold as over the API (the audit log only for auditors and
 * administrators, checked again when the file is asked for).
 */
@Route("exports")
@PageTitle("Exports · Verbatim")
@Menu(order = 85, title = "Exports", icon = "vaadin:download")
@PermitAll
public class ExportsView extends VerticalLayout {

    private final Exports exports;

    public ExportsView(Exports exports) {
        this.exports = exports;
        addClassName("vb-exports");
        add(new H2("Exports"));
        add(entry(Format.CLAIMREVIEW, "ClaimReview (JSON-LD)",
                "Approved quotes with a verdict, as schema.org ClaimReview for search engines and fact-check"
                        + " aggregators."));
        add(entry(Format.QUOTES_CSV, "Quotes (CSV)",
                "Every quote with its article, speaker, status, verdict and claim rating, for a spreadsheet."));
        add(entry(Format.QUOTES_JSON, "Quotes (JSON)", "The same quotes as JSON, for other programs."));
        if (exports.mayExport(Format.AUDIT_CSV)) {
            add(entry(Format.AUDIT_CSV, "Audit log (CSV)",
                    "Every recorded action with its from → to values; the History screen exports what its filters"
                            + " select."));
        }
    }

    private Div entry(Format format, String title, String description) {
        Anchor download = new Anchor(download(format), AttachmentType.DOWNLOAD, "");
        download.setId("export-" + format.id());
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + title));
        download.addClassName("vb-export");
        Div entry = new Div(download, new Paragraph(description));
        if (!exports.configuredFor(format)) {
            download.setEnabled(false);
            Paragraph why = new Paragraph(notConfigured(format));
            why.setId("export-" + format.id() + "-unavailable");
            entry.add(why);
        }
        return entry;
    }

    private String notConfigured(Format format) {
        try {
            exports.requireConfiguredFor(format);
            return "";
        } catch (Exports.NotConfiguredException e) {
            return e.getMessage();
        }
    }

    /** Checks again in the download's own request: what the screen offered may no longer be allowed. */
    private DownloadHandler download(Format format) {
        return event -> {
            try {
                exports.requireAllowed(format);
                exports.requireConfiguredFor(format);
            } catch (AccessDeniedException e) {
                event.getResponse().sendError(403, e.getMessage());
                return;
            } catch (Exports.NotConfiguredException e) {
                event.getResponse().sendError(409, e.getMessage());
                return;
            }
            event.setFileName(format.fileName());
            event.setContentType(format.mediaType() + "; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                exports.write(format, out);
            }
        };
    }
}
