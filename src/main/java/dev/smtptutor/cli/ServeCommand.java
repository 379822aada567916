package dev.smtptutor.cli;

import java.util.Map;
import dev.smtptutor.shell.Messages;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.ScenarioWords;
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
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "2525")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--hostname")
    String hostName;

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = Scenarios.DEFAULT)
    String scenarioName;

    enum LogLevel { lines, sessions, none }

    @Option(names = "--log", defaultValue = "lines")
    LogLevel log;

    /** How long a stopping server waits for its sessions to log their end (each has had its 421). */
    private static final Duration SESSIONS_END_WITHIN = Duration.ofSeconds(3);

    @Option(names = "--classroom")
    boolean classroom;

    @Option(names = "--roster", paramLabel = "FILE")
    java.nio.file.Path roster;

    @Option(names = "--data", paramLabel = "DIR")
    java.nio.file.Path data;

    @Option(names = "--exercises", paramLabel = "DIR")
    java.nio.file.Path exercises;

    enum Identify { auth, ehlo }

    @Option(names = "--identify", defaultValue = "auth")
    Identify identify;

    @Option(names = "--web", paramLabel = "PORT")
    Integer web;

    @Override
    public Integer call() throws Exception {
        if (classroom) {
            // A terminal gets the live board, unless the teacher asked for a log (piped output always logs).
            boolean board = TerminalCheck.interactive() && log != LogLevel.none
                    && !spec.commandLine().getParseResult().hasMatchedOption("--log");
            return new ClassroomServe(spec, roster, data, exercises, identify == Identify.ehlo, bind, port,
                    log == LogLevel.lines, log == LogLevel.none, board, java.util.Optional.ofNullable(web)).call();
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
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("smtp-tutor serve: " + Messages.get("serve.bad-port", "port", port));
            return 2;
        }
        // A dotted address with a part past 255 is a typo, not a host name: no DNS lookup for it.
        if (bind.matches("[0-9.]+") && !bind.matches("((25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])")) {
            err.println("smtp-tutor serve: " + Messages.get("serve.bad-address", "address", bind));
            return 2;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (java.net.UnknownHostException e) {
            err.println("smtp-tutor serve: " + Messages.get("serve.bad-address", "address", bind));
            return 2;
        }
        LogWriter out = LogWriter.standardOutput();
        SimServer server;
        try {
            server = SimServer.builder().scenario(scenario).store(new MailStore())
                    .bind(address).port(port)
                    .observer(log == LogLevel.none ? SessionObserver.NONE : new TranscriptLog(out, log == LogLevel.lines))
                    .start();
        } catch (java.net.BindException e) {
            // "Cannot assign requested address": the address is not one of this machine's; otherwise
            // the port is taken or needs privileges.
            if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("assign")) {
                throw new java.io.UncheckedIOException(e); // the port: FriendlyErrors says so
            }
            err.println("smtp-tutor serve: " + Messages.get("serve.address-not-here", "address", bind));
            return 1;
        } catch (java.io.IOException e) {
            out.close();
            throw new java.io.UncheckedIOException(e);
        }
        server.prepareTls();
        try {
            out.line(CliTexts.get("serve.listening", Map.of("bind", bind, "port", server.port(), "host", config.hostName())));
            out.line(CliTexts.get("serve.scenario", Map.of("name", scenario.name(), "source", scenario.source(),
                    "summary", ScenarioWords.summary(scenario))));
            out.line(CliTexts.get("serve.users", Map.of("users", String.join(", ", config.users().names()),
                    "domain", SimConfig.DEFAULT_DOMAIN)));
            config.xoauth2Token().ifPresent(token -> out.line(CliTexts.get("serve.xoauth2", Map.of("token", token))));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.line(CliTexts.get("serve.stopping", Map.of("sessions", server.openSessions())));
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
