package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.base.ui.VersionedAssets;
import org.verbatim.support.VerbatimIntegrationTest;

/** The headers every answer carries, and what HTTPS (behind a reverse proxy) adds. */
@VerbatimIntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_and_api_answers_carry_the_policy_nosniff_referrer_and_frame_headers() throws Exception {
        for (String path : new String[] {"/login", "/api/articles", "/api/openapi"}) {
            HttpHeaders headers = get(path, null).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_same_site_and_http_only_and_secure_only_over_https() throws Exception {
        String plain = sessionCookie(get("/login", null));
        assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        HttpResponse<String> viaHttps = get("/login", "https");
        assertThat(sessionCookie(viaHttps)).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
    }

    @Test
    void the_bundle_is_cached_for_good_and_pages_not_at_all() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        Matcher script = Pattern.compile("VAADIN/build/[^\"'?]+\\.js").matcher(page.body());
        assertThat(script.find()).as("the page loads the bundle").isTrue();

        HttpResponse<String> bundle = get("/" + script.group(), null);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).as("the other headers stay").hasValue("nosniff");

        Matcher sheet = Pattern.compile("styles/verbatim\\.css\\?v-c=[0-9a-f]+").matcher(page.body());
        assertThat(sheet.find()).as("the page links the style sheet with the hash of its content").isTrue();
        HttpResponse<String> css = get("/" + sheet.group(), null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(css.headers().firstValue("Pragma")).as("Chromium would ask again at every page load").isEmpty();
        assertThat(css.headers().firstValue("Expires")).isEmpty();

        HttpResponse<String> reader = get("/" + VersionedAssets.script("components/vb-article-reader.js")
                .substring("context://".length()), null);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body()).contains("customElements.define('vb-article-reader'");
        assertThat(reader.headers().allValues("Cache-Control")).containsExactly("max-age=31536000, immutable");
        assertThat(reader.headers().firstValue("Pragma")).isEmpty();
        assertThat(get("/components/vb-article-reader.js", null).headers().allValues("Cache-Control"))
                .as("without the hash of its content").doesNotContain("max-age=31536000, immutable");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** {@code proto}: what a reverse proxy on this machine says the client used. */
    private HttpResponse<String> get(String path, String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
