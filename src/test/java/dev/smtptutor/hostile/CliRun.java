package dev.smtptutor.hostile;

import dev.smtptutor.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The tutor's command line run in this JVM, as a user would type it: its exit status and both outputs. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
