package org.verbatim.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.export.Exports;

@RestController
@RequestMapping("/api/exports")
@Tag(name = "Exports", description = "ClaimReview JSON-LD, quotes as CSV or JSON, reviewed articles as a test set,"
        + " the audit log as CSV")
class ExportsApi {

    private final Exports exports;

    ExportsApi(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/{format}")
    @Operation(summary = "Export claimreview, quotes-csv, quotes-json, gold (reviewed articles in the format of"
            + " extract --json), or audit-csv (auditors and administrators)")
    void export(@PathVariable String format, HttpServletResponse response) throws IOException {
        Exports.Format chosen = Exports.Format.of(format);
        exports.requireAllowed(chosen);
        exports.requireConfiguredFor(chosen);
        response.setContentType(chosen.mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(chosen.fileName()).build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.write(chosen, out);
        out.flush();
    }
}
