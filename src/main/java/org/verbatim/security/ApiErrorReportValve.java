package org.verbatim.security;

import java.io.PrintWriter;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error page for requests it refuses before any filter sees them (a NUL in the path, a malformed URL): a
 * problem detail under /api, Tomcat's terse page elsewhere.
 */
final class ApiErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Makes this the host's only error report valve (Tomcat would otherwise add its own at start). */
    static void install(Host host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        }
        host.getPipeline().addValve(new ApiErrorReportValve());
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        String uri = request.getRequestURI();
        if (uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
            super.report(request, response, failure);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            String body = JSON.writeValueAsString(ApiFailureFilter.problem(status,
                    status == 400 ? "The request is malformed (its URL or headers could not be read)." : null, null));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // the client went away, or the answer could no longer be written: nothing more to do
        }
    }
}
