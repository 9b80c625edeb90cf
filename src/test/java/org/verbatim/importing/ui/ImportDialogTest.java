package org.verbatim.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ImportDialogTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImporter importer;

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void pasting_an_article_imports_it_once_and_a_second_paste_is_reported_as_a_duplicate() {
        AtomicInteger refreshed = new AtomicInteger();
        ImportDialog dialog = new ImportDialog(importer, refreshed::incrementAndGet);
        dialog.open();
        String text = "Port Authority chief Ines Valdor said on Monday that the new pier was safe. " + System.nanoTime()
                + "\n\n“We inspected every pile,” Valdor said.\n";

        test($(TextField.class, dialog).withCaption("Title").first()).setValue("Pier inspection");
        test($(TextArea.class, dialog).withCaption("Article text").first()).setValue(text);
        test($(Button.class, dialog).withText("Import").first()).click();
        test($(TextArea.class, dialog).withCaption("Article text").first()).setValue(text);
        test($(Button.class, dialog).withText("Import").first()).click();

        var outcomes = $(Div.class, dialog).withClassName("vb-outcome").all();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).getElement().getTextRecursively()).contains("already there", "Pier inspection");
        assertThat(outcomes.get(1).getElement().getTextRecursively()).contains("imported", "quote");
        assertThat(refreshed).hasValue(1);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void each_uploaded_file_gets_its_own_outcome_and_bad_files_say_what_to_do() {
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        dialog.open();
        $(TabSheet.class, dialog).first().setSelectedIndex(1);
        var upload = test($(Upload.class, dialog).first());
        upload.upload("good.html", "text/html", ("<html><head><title>Bridge vote</title></head><body>"
                + "<p>Mayor Ana Lindqvist said the bridge vote would happen in May. " + System.nanoTime() + "</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        upload.upload("scan.txt", "text/plain", new byte[] {'%', 'P', 'D', 'F', '-', '1', 0, 1, 2});
        upload.upload("latin1.txt", "text/plain", "Caf\u00e9 said the mayor".getBytes(StandardCharsets.ISO_8859_1));
        roundTrip();

        var outcomes = $(Div.class, dialog).withClassName("vb-outcome").all().stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes).anySatisfy(o -> assertThat(o).contains("imported", "good.html"));
        assertThat(outcomes).anySatisfy(o -> assertThat(o).contains("refused", "scan.txt", "PDF"));
        assertThat(outcomes).anySatisfy(o -> assertThat(o).contains("refused", "latin1.txt", "UTF-8"));
    }
}
