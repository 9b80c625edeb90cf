package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * A browser session over real HTTP: signed in through the sign-in form, it ends the moment an administrator disables
 * the account, removes a role or resets the password; its next request is sent to sign in again.
 */
@VerbatimIntegrationTest
class SignedInSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Test
    void disabling_a_user_ends_their_open_session() {
        UserAccount auditor = users.create("sess-dora-" + unique(), Role.AUDITOR);
        HttpBrowser browser = signedIn(auditor.getUsername());

        asAdmin(() -> administration.disable(auditor.getId(), version(auditor)));

        assertSentToSignIn(browser.get("/history"));
    }

    @Test
    void removing_a_role_ends_the_session_and_signing_in_again_gives_the_remaining_roles() {
        UserAccount auditor = users.create("sess-audra-" + unique(), Role.AUDITOR, Role.FACT_CHECKER);
        HttpBrowser browser = signedIn(auditor.getUsername());

        asAdmin(() -> administration.changeRoles(auditor.getId(), version(auditor), EnumSet.of(Role.FACT_CHECKER)));

        assertSentToSignIn(browser.get("/history"));
        HttpBrowser again = new HttpBrowser(port);
        assertThat(again.signIn(auditor.getUsername(), TestUsers.PASSWORD)).doesNotContain("error");
        assertThat(again.get("/").statusCode()).isEqualTo(200);
        // the page load renders the screen (eager server load): a fact-checker's request for the audit log is refused
        assertThat(again.get("/history").statusCode()).isEqualTo(403);
    }

    @Test
    void a_password_reset_ends_the_session() {
        UserAccount auditor = users.create("sess-petra-" + unique(), Role.AUDITOR);
        HttpBrowser browser = signedIn(auditor.getUsername());

        asAdmin(() -> administration.resetPassword(auditor.getId(), version(auditor), null));

        assertSentToSignIn(browser.get("/history"));
    }

    @Test
    void an_unrelated_change_leaves_other_sessions_alone() {
        UserAccount one = users.create("sess-ona-" + unique(), Role.AUDITOR);
        UserAccount other = users.create("sess-otto-" + unique(), Role.AUDITOR);
        HttpBrowser browser = signedIn(one.getUsername());

        asAdmin(() -> administration.disable(other.getId(), version(other)));

        assertThat(browser.get("/history").statusCode()).isEqualTo(200);
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** A browser that signed in through the form, and can see the audit log. */
    private HttpBrowser signedIn(String username) {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.signIn(username, TestUsers.PASSWORD)).doesNotContain("error");
        HttpResponse<String> history = browser.get("/history");
        assertThat(history.statusCode()).as("signed in, the audit log opens").isEqualTo(200);
        return browser;
    }

    private long version(UserAccount account) {
        return asAdmin(() -> administration.users().stream().filter(u -> u.id() == account.getId()).findFirst()
                .orElseThrow().version());
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return RunAs.user("admin", Role.ADMIN).call(work);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }
}
