package org.verbatim.base.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser keeps Vaadin's pre-built bundle, push script and style sheets instead of asking again at every page
 * load. Their names ({@code /VAADIN/build/FlowClient-XDkeHcOw.js}) or addresses ({@code vaadinPush-min.js?v=<hash>},
 * {@code styles/verbatim.css?v-c=<hash>}) change with their content, so they never change under one address: they are
 * cached for a year, {@code immutable}, without the "no caching" headers every answer gets first (Chromium asks again
 * for anything answered with {@code Pragma: no-cache}, whatever its {@code Cache-Control} says). Vaadin's own hour-long
 * lifetime made each page load ask for some twenty of them again (answered 304, one request each); the two style
 * sheets, asked again at every page load, held back the bundle's start by a round trip, as a page's scripts wait for
 * its style sheets. Pages and the UI's requests keep "no caching".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaticResourceCaching extends OncePerRequestFilter {

    static final String FOREVER = "max-age=31536000, immutable";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!unchangingAt(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", FOREVER);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!overridden(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!overridden(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /**
     * Content-addressed: a hashed file name of the bundle, the push script with its version in the address, or a
     * style sheet with the hash of its content Vaadin adds to the address of every {@code @StyleSheet}, or one of our
     * scripts at its {@link VersionedAssets} address.
     */
    static boolean unchangingAt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (path.startsWith("/VAADIN/build/")
                || path.startsWith("/VAADIN/static/push/") && request.getParameter("v") != null
                || path.endsWith(".css") && request.getParameter("v-c") != null
                || path.startsWith("/components/") && request.getParameter("v") != null);
    }

    private static boolean overridden(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Pragma".equalsIgnoreCase(header)
                || "Expires".equalsIgnoreCase(header);
    }
}
