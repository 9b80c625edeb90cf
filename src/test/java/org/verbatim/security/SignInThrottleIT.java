package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Guessing passwords over real HTTP: after five wrong ones the account is locked out for HTTP basic and the sign-in
 * form alike, even with the right password; other accounts go on; auditors find the lock-out in the audit log.
 */
@VerbatimIntegrationTest
class SignInThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void five_wrong_passwords_lock_the_account_for_basic_and_form_sign_in_and_auditors_see_it() throws Exception {
        String tom = "throttle-tom-" + Long.toString(System.nanoTime(), 36);
        users.create(tom, Role.FACT_CHECKER);
        users.create("throttle-tina", Role.FACT_CHECKER);
        assertThat(basic(tom, TestUsers.PASSWORD).statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(basic(tom, "guess number " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = basic(tom, TestUsers.PASSWORD);
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(basic("throttle-tina", TestUsers.PASSWORD).statusCode()).as("another account").isEqualTo(200);

        assertThat(new HttpBrowser(port).signIn(tom, TestUsers.PASSWORD)).as("the form refuses too").contains("error");

        var log = RunAs.user("aurelio", Role.AUDITOR).call(() -> audit.log(AuditLogFilter.everything()
                .of(AuditedRecord.SIGN_IN_LOCKOUT, null), 0, 50));
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.detail()).isEqualTo("account " + tom);
            assertThat(entry.reason()).contains("5 failed attempts").contains("last from");
        });
    }

    private HttpResponse<String> basic(String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/speakers")).header("Authorization", "Basic " + credentials)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
