package org.verbatim.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * An /api path that no endpoint maps is a 404 problem. Without this the UI's catch-all mapping answered it with the
 * Vaadin page and 200. Known paths with the wrong method or body type never get here: their own mapping answers 405
 * or 415. Swagger UI's files, served under /api too, are left to their resource handler.
 */
@Component
class UnknownApiRoutes extends AbstractHandlerMapping {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> response.sendError(404,
            "There is no " + request.getMethod() + " " + request.getRequestURI()
                    + ": see /api/openapi for what the API offers.");

    UnknownApiRoutes() {
        // after the controllers' mapping, before the static resources' and the UI's ("/**")
        setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        return api && !path.startsWith("/api/swagger-ui/") ? NOT_FOUND : null;
    }
}
