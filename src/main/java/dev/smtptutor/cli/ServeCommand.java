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

    @Option(names = "--web", paramLabel = "PORT")
    Integer web;

    @Override
    public Integer call() throws Exception {
        if (classroom) {
            return new ClassroomServe(spec, roster, data, exercises, identify == Identify.ehlo, bind, port,
                    log == LogLevel.lines, log == LogLevel.none, java.util.Optional.ofNullable(web)).call();
        }
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
