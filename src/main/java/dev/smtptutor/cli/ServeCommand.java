package dev.smtptutor.cli;

import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the simulator alone, for a whole class (telnet, openssl s_client, swaks, any client). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the SMTP simulator on a TCP port, logging every session.",
                "Connect with: telnet 127.0.0.1 2525, swaks --server 127.0.0.1:2525, or ./run.sh --port 2525.",
                "Ctrl-C stops it; open sessions get 421 first."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "2525", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Use 0.0.0.0 for a classroom network.")
    String bind;

    @Option(names = "--hostname", description = "Server name in the banner and certificate (default: mail.example.test).")
    String hostName;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = Scenarios.DEFAULT,
            description = "A built-in scenario by name, or a scenario file (default: ${DEFAULT-VALUE}). "
                    + "./run.sh scenarios lists them.")
    String scenarioName;

    enum LogLevel { lines, sessions, none }

    @Option(names = "--log", defaultValue = "lines",
            description = "What to print: every line of every session (lines), only sessions opening and closing (sessions), or nothing (none). Default: ${DEFAULT-VALUE}.")
    LogLevel log;

    /** How long a stopping server waits for its sessions to log their end (each has had its 421). */
    private static final Duration SESSIONS_END_WITHIN = Duration.ofSeconds(3);

    @Option(names = "--classroom", description = "Serve a class: students log in with their roster id and password, "
            + "everything is written under --data, messages are graded against the exercises.")
    boolean classroom;

    @Option(names = "--roster", paramLabel = "FILE", description = "The class list (id,name,password), for --classroom.")
    java.nio.file.Path roster;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the class's mail and transcripts are kept, for --classroom.")
    java.nio.file.Path data;

    @Option(names = "--exercises", paramLabel = "DIR", description = "A teacher's own exercises instead of the built-in ones.")
    java.nio.file.Path exercises;

    enum Identify { auth, ehlo }

    @Option(names = "--identify", defaultValue = "auth",
            description = "How students say who they are: auth (AUTH with id and password) or ehlo (also EHLO ID, for telnet). Default: ${DEFAULT-VALUE}.")
    Identify identify;

    @Override
    public Integer call() throws Exception {
        if (classroom) {
            // A terminal gets the live board, unless the teacher asked for a log (piped output always logs).
            boolean board = System.console() != null && log != LogLevel.none
                    && !spec.commandLine().getParseResult().hasMatchedOption("--log");
            return new ClassroomServe(spec, roster, data, exercises, identify == Identify.ehlo, bind, port,
                    log == LogLevel.lines, log == LogLevel.none, board).call();
        }
        Scenario scenario;
        try {
            scenario = Scenarios.find(scenarioName);
        } catch (ScenarioException e) {
            e.problems().forEach(problem -> spec.commandLine().getErr().println("smtp-tutor: " + problem));
            return 2;
        }
        if (hostName != null) {
            scenario = scenario.withConfig(scenario.config().withHostName(hostName));
        }
        SimConfig config = scenario.config();
        LogWriter out = LogWriter.standardOutput();
        SimServer server;
        try {
            server = SimServer.builder().scenario(scenario).store(new MailStore())
                    .bind(InetAddress.getByName(bind)).port(port)
                    .observer(log == LogLevel.none ? SessionObserver.NONE : new TranscriptLog(out, log == LogLevel.lines))
                    .start();
        } catch (java.io.IOException e) {
            out.close();
            throw new java.io.UncheckedIOException(e);
        }
        server.prepareTls();
        try {
            out.line(String.format("smtp-tutor simulator listening on %s:%d as %s", bind, server.port(), config.hostName()));
            out.line(String.format("Scenario: %s (%s): %s", scenario.name(), scenario.source(), scenario.summary()));
            out.line(String.format("Users: %s (domain %s). Ctrl-C to stop.", String.join(", ", config.users().names()),
                    SimConfig.DEFAULT_DOMAIN));
            config.xoauth2Token().ifPresent(token -> out.line("AUTH XOAUTH2 accepts the token " + token));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.line("Stopping: telling " + server.openSessions() + " open session(s) 421.");
                server.close();
                // The sessions log their last lines as they close; then everything logged is written.
                server.awaitSessionsEnded(SESSIONS_END_WITHIN);
                out.close();
                stopped.countDown();
            }));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
