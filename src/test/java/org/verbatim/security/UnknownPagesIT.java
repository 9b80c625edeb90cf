package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** An unknown address reaches Verbatim's own not-found view for a signed-in person, and the sign-in for others. */
@VerbatimIntegrationTest
class UnknownPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void a_signed_in_person_gets_verbatims_page_not_the_containers_403() {
        users.create("unknown-pages-fiona", Role.FACT_CHECKER);
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn("unknown-pages-fiona", TestUsers.PASSWORD);

        var page = browser.get("/no-such-page");
        assertThat(page.statusCode()).isNotEqualTo(403);
        assertThat(page.body()).as("Verbatim's application page, which routes to the not-found view")
                .contains("<title>Verbatim</title>");
    }

    @Test
    void a_stranger_is_sent_to_sign_in() {
        var page = new HttpBrowser(port).get("/no-such-page");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
