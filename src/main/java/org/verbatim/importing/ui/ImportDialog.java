package org.verbatim.importing.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.security.access.AccessDeniedException;
import org.verbatim.extraction.ArticleText;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;

/**
 * Brings articles in: paste one, upload several .txt / .html files at once, or give a page's address. Each
 * outcome is listed — imported with n quotes, already there, or refused and why — and nothing already stored is
 * touched.
 */
public class ImportDialog extends Dialog {

    private final ArticleImporter importer;
    private final Runnable onImported;
    private final VerticalLayout outcomes = new VerticalLayout();

    public ImportDialog(ArticleImporter importer, Runnable onImported) {
        this.importer = importer;
        this.onImported = onImported;
        setHeaderTitle("Import articles");
        setWidth("48rem");
        TabSheet tabs = new TabSheet();
        tabs.add("Paste", pasteForm());
        tabs.add("Upload files", uploadForm());
        tabs.add("From a web address", addressForm());
        tabs.setWidthFull();
        outcomes.setPadding(false);
        outcomes.setSpacing(false);
        outcomes.addClassName("vb-import-outcomes");
        add(tabs, outcomes);
        getFooter().add(new Button("Close", e -> close()));
    }

    private VerticalLayout pasteForm() {
        TextField title = new TextField("Title");
        TextField publisher = new TextField("Publisher");
        TextField url = new TextField("URL");
        DatePicker published = new DatePicker("Published");
        published.setMax(LocalDate.now().plusDays(1));
        TextArea text = new TextArea("Article text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setPlaceholder("Paste the article exactly as published");
        FormLayout meta = new FormLayout(title, publisher, url, published);
        Button importButton = new Button("Import", e -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage("Paste the article's text first");
                return;
            }
            // the same normalisation as a .txt file gets: only a byte-order mark goes
            String body = ArticleText.ofPlainText(text.getValue()).text();
            report("Pasted text", () -> importer.importText(body, new ArticleImporter.Details(title.getValue(),
                    publisher.getValue(), published.getValue(), url.getValue(), "pasted")));
            text.clear();
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(meta, text, importButton);
        form.setPadding(false);
        return form;
    }

    /** The page is fetched by the server, as the signed-in user, and read as an uploaded HTML file is. */
    private VerticalLayout addressForm() {
        TextField address = new TextField("Web address");
        address.setId("import-address");
        address.setWidthFull();
        address.setPlaceholder("https://news.example/2026/12/article");
        TextField publisher = new TextField("Publisher");
        DatePicker published = new DatePicker("Published");
        published.setMax(LocalDate.now().plusDays(1));
        Button fetch = new Button("Fetch and import", e -> {
            if (address.getValue().isBlank()) {
                address.setInvalid(true);
                address.setErrorMessage("Give the article's address (copy it from the browser's address bar)");
                return;
            }
            address.setInvalid(false);
            String url = address.getValue().strip();
            report(url, () -> importer.importPage(url, publisher.getValue(), published.getValue()));
        });
        fetch.setId("import-fetch");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.setDisableOnClick(true);
        fetch.addClickListener(e -> fetch.setEnabled(true));
        Paragraph hint = new Paragraph("Verbatim fetches the page and keeps its main text. Pages behind a login or a"
                + " paywall cannot be fetched: save them and upload the file.");
        hint.addClassName("vb-meta");
        VerticalLayout form = new VerticalLayout(hint, address, new FormLayout(publisher, published), fetch);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout uploadForm() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ImportOutcome outcome = importQuietly(metadata.fileName(), bytes);
            ui.access(() -> show(metadata.fileName(), outcome));
        }));
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", "text/plain", "text/html");
        upload.setMaxFileSize(ArticleText.MAX_BYTES);
        upload.setMaxFiles(100);
        upload.addFileRejectedListener(e -> show(e.getFileName(), ImportOutcome.failed(e.getErrorMessage()
                + ". Only .txt and .html files up to " + ArticleText.MAX_BYTES / (1024 * 1024) + " MB are taken.")));
        Paragraph hint = new Paragraph("Drop .txt or .html files here, several at once. HTML is reduced to its main "
                + "text; plain text is stored exactly as it is.");
        hint.addClassName("vb-meta");
        VerticalLayout form = new VerticalLayout(hint, upload);
        form.setPadding(false);
        return form;
    }

    private ImportOutcome importQuietly(String name, byte[] bytes) {
        try {
            return importer.importFile(name, bytes);
        } catch (AccessDeniedException e) {
            return ImportOutcome.failed("Your role does not allow importing articles.");
        } catch (RuntimeException e) {
            return ImportOutcome.failed("Could not import: " + e.getMessage() + ". Nothing was stored; try again.");
        }
    }

    private void report(String name, java.util.function.Supplier<ImportOutcome> work) {
        ImportOutcome outcome;
        try {
            outcome = work.get();
        } catch (AccessDeniedException e) {
            outcome = ImportOutcome.failed("Your role does not allow importing articles.");
        }
        show(name, outcome);
    }

    void show(String name, ImportOutcome outcome) {
        Span badge = new Span(switch (outcome.status()) {
            case IMPORTED -> "imported";
            case DUPLICATE -> "already there";
            case FAILED -> "refused";
        });
        badge.addClassNames("vb-status", "vb-outcome-" + outcome.status().name().toLowerCase());
        Div row = new Div(badge, new Span(" " + name + " — " + outcome.message()));
        row.addClassName("vb-outcome");
        outcomes.addComponentAsFirst(row);
        if (outcome.status() == ImportOutcome.Status.IMPORTED) {
            onImported.run();
        }
    }
}
