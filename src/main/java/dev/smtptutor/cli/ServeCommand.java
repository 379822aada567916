package dev.smtptutor.cli;

import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.ScenarioException;
import dev.smtptutor.sim.Scenarios;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.io.PrintStream;
import java.net.InetAddress;
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

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
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
        SimServer server;
        try {
            server = SimServer.builder().scenario(scenario).store(new MailStore())
                    .bind(InetAddress.getByName(bind)).port(port)
                    .observer(log == LogLevel.none ? SessionObserver.NONE : new TranscriptLog(out, log == LogLevel.lines))
                    .start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.prepareTls();
        try {
            out.printf("smtp-tutor simulator listening on %s:%d as %s%n", bind, server.port(), config.hostName());
            out.printf("Scenario: %s (%s): %s%n", scenario.name(), scenario.source(), scenario.summary());
            out.printf("Users: %s (domain %s). Ctrl-C to stop.%n", String.join(", ", config.users().names()),
                    SimConfig.DEFAULT_DOMAIN);
            config.xoauth2Token().ifPresent(token -> out.printf("AUTH XOAUTH2 accepts the token %s%n", token));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                out.println("Stopping: telling " + server.openSessions() + " open session(s) 421.");
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
