package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a screen: keeps its cookies, follows no redirects, signs in through the form. */
final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpBrowser(int port) {
        this.port = port;
    }

    /** Posts the sign-in form (with the page's CSRF token); returns where it sends the browser. */
    String signIn(String username, String password) {
        HttpResponse<String> form = get("/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the sign-in page carries its CSRF token").isTrue();
        HttpResponse<String> signIn = post("/login", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrf.group(1)));
        assertThat(signIn.statusCode()).isEqualTo(302);
        return signIn.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
