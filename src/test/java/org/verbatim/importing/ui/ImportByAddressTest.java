package org.verbatim.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.article.ArticleRepository;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.support.VerbatimIntegrationTest;

/** Importing a page by its address from the import dialog; the test configuration allows this machine's addresses. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ImportByAddressTest extends SpringBrowserlessTest {

    @Autowired
    ArticleImporter importer;

    @Autowired
    ArticleRepository articles;

    HttpServer server;
    String base;
    String marker;

    @BeforeEach
    void serve() throws IOException {
        marker = Long.toString(System.nanoTime(), 36);
        byte[] page = ("<html><head><title>Tunnel works " + marker + "</title></head><body><article>"
                + "<p>The tunnel under the river will close for repairs, the city said on Friday " + marker + ".</p>"
                + "<p>“We expect the works to last six weeks,” said Jana Petrov, the city engineer.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/tunnel", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, page.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/old/tunnel", x -> {
            x.getResponseHeaders().set("Location", "/news/tunnel");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ImportDialog fetch(String address) {
        ImportDialog dialog = new ImportDialog(importer, () -> { });
        dialog.open();
        $(TabSheet.class, dialog).first().setSelectedIndex(2);
        test($(TextField.class, dialog).id("import-address")).setValue(address);
        test($(Button.class, dialog).id("import-fetch")).click();
        return dialog;
    }

    private String outcome(ImportDialog dialog) {
        return $(Div.class, dialog).withClassName("vb-outcome").first().getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_page_given_by_its_address_is_fetched_and_imported_with_its_title_and_final_address() {
        ImportDialog dialog = fetch(base + "/old/tunnel");

        assertThat(outcome(dialog)).contains("imported").contains("quote");
        var stored = articles.findAll().stream().filter(a -> ("Tunnel works " + marker).equals(a.getTitle()))
                .toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().getUrl()).isEqualTo(base + "/news/tunnel");
        assertThat(stored.getFirst().getOriginalText()).contains("“We expect the works to last six weeks,” said Jana Petrov")
                .doesNotContain("<p>");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void an_address_that_gives_no_page_is_refused_with_what_to_do() {
        ImportDialog dialog = fetch(base + "/news/nothing");

        assertThat(outcome(dialog)).contains("refused").contains("was not found (404): check the address.");
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_cannot_import_by_address() {
        assertThatThrownBy(() -> importer.importPage(base + "/news/tunnel", null, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
