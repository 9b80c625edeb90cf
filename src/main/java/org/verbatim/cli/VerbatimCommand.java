package org.verbatim.cli;

import picocli.CommandLine.Command;

@Command(name = "verbatim", mixinStandardHelpOptions = true, versionProvider = VerbatimCommand.Version.class,
        description = {
                "Verbatim's command line. Runs on the same data folder and database as the web application",
                "(VERBATIM_DATA_DIR, VERBATIM_DB_URL, …), as the system user: whoever can run it can read the",
                "server's data anyway, so there is no sign-in. Stop the web application first when it uses the",
                "embedded database, or point both at the same external database."},
        subcommands = {ImportCommand.class, ReindexCommand.class, SearchCommand.class, ExportCommand.class,
                UsersCommand.class, AuditCommand.class},
        footer = {"", "Exit codes: 0 done, 1 something failed, 2 usage error, 130 stopped (Ctrl-C)."})
final class VerbatimCommand {

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = VerbatimCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Verbatim " + (version == null ? "(development build)" : version)};
        }
    }
}
