package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.audit.AuditTrail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = "The audit trail.")
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Checks the audit trail's hash chain: every revision sealed, each seal following the one "
                    + "before, no revision changed since it was sealed.",
                    "Exit code 0: intact; 1: broken (the first broken link is printed)."})
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        AuditTrail trail;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var result = trail.verify();
            if (result.intact()) {
                out.printf(Locale.ROOT, "Intact: %,d revisions, every one sealed and unchanged.%n", result.sealed());
                return 0;
            }
            out.printf(Locale.ROOT, "BROKEN%s%s: %s.%n", result.brokenSeal() == null ? "" : " at seal #"
                    + result.brokenSeal(), result.brokenRevision() == null ? "" : " (revision "
                    + result.brokenRevision() + ")", result.problem());
            out.printf(Locale.ROOT, "%,d of %,d revisions checked before it.%n", result.sealed(), result.revisions());
            return 1;
        }
    }
}
