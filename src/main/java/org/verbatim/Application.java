package org.verbatim;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {
    public static void main(String[] args) {
        // the extract command runs the plain-Java pipeline only: no Spring context, no database
        if (args.length > 0 && "extract".equals(args[0])) {
            System.exit(org.verbatim.extraction.cli.ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
