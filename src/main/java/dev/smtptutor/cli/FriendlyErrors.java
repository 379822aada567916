package dev.smtptutor.cli;

import dev.smtptutor.text.FileTrouble;
import java.io.IOException;
import java.net.BindException;
import picocli.CommandLine;

/**
 * Turns an exception that escaped a command into one sentence a person can act on. Stack traces are
 * for developers: set SMTP_TUTOR_DEBUG=1 to see them.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        cli.getErr().println(CliTexts.get("error", java.util.Map.of("message", describe(e))));
        if (System.getenv("SMTP_TUTOR_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        return 1;
    }

    static String describe(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof java.io.UncheckedIOException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof BindException) {
            return CliTexts.get("error.port-in-use", java.util.Map.of("reason", String.valueOf(e.getMessage())));
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            // Java's message is only the path: say what is wrong with it.
            return fs.getFile() + ": " + FileTrouble.describe(fs);
        }
        if (e instanceof java.nio.charset.CharacterCodingException coding) {
            return FileTrouble.describe(coding);
        }
        if (e instanceof IOException) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
