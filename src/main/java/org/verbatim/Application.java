package org.verbatim;

import java.time.Clock;
import java.util.Arrays;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.verbatim.extraction.cli.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.verbatim.base.database.EmbeddedDatabaseEarlyStart;
import org.verbatim.cli.Commands;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling   // the watch list's notifications (ConflictNotices)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/verbatim.css")
@Push   // long tasks (rebuilding the search index) report progress as they go; push ships in the pre-built bundle
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        // the extract command runs the plain-Java pipeline only: no Spring context, no database
        if (args.length > 0 && "extract".equals(args[0])) {
            System.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication application = new SpringApplication(Application.class);
        // the embedded database starts while the context is being built (after the index folder's lock)
        application.addInitializers(new EmbeddedDatabaseEarlyStart());
        application.run(args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Verbatim");
    }
}
