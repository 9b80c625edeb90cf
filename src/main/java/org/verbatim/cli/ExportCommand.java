package org.verbatim.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.export.Exports;
import org.verbatim.export.QuoteExports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports quotes, ClaimReview JSON-LD, a test set or the audit log, to standard output or a file.",
                "  claimreview  schema.org ClaimReview JSON-LD of approved quotes with verdicts",
                "  quotes-csv   every quote with its article, speaker, status and verdict (CSV)",
                "  quotes-json  the same as a JSON array",
                "  audit-csv    every audited change: time, user, entity, id, revision type, reason (CSV)",
                "  gold         every fully reviewed article as reviewers left it, in the format of extract --json",
                "               (with each article's text): a test set made of your own reviewed work",
                "CSV text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.",
                "The ClaimReview author is verbatim.export.organisation.name/.url (VERBATIM_ORGANISATION_NAME,",
                "VERBATIM_ORGANISATION_URL); each review's url is VERBATIM_REVIEW_URL with {id} for the quote's id."})
final class ExportCommand implements Callable<Integer>, Commands.Checked, Commands.Light {

    @Parameters(paramLabel = "FORMAT", description = "claimreview, quotes-csv, quotes-json, audit-csv or gold")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once the export is complete) instead of standard output.")
    Path output;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The formats other than the quote formats; absent on the light application, which runs only those. */
    @Autowired(required = false)
    Exports exports;

    @Autowired
    QuoteExports quotes;

    private Exports.Format chosen;

    @Override
    public void check(CommandLine commandLine) {
        try {
            chosen = Exports.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
            throw new CommandLine.ParameterException(commandLine, output.getParent() + ": no such folder");
        }
    }

    @Override
    public boolean light() {
        return QuoteExports.writes(chosen);
    }

    private void write(Writer out) {
        if (QuoteExports.writes(chosen)) {
            quotes.write(chosen, out);
        } else {
            exports.write(chosen, out);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            write(out);
            out.flush();
            return 0;
        }
        Path target = output.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getErr().println("Wrote " + chosen.id() + " to " + target);
        return 0;
    }
}
