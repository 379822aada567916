package dev.smtptutor.cli;

import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.SessionObserver;
import dev.smtptutor.sim.SimConfig;
import dev.smtptutor.sim.SimServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the simulator alone, for a whole class (telnet, openssl s_client, swaks, any client). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the SMTP simulator on a TCP port, logging every session.",
                "Connect with: telnet 127.0.0.1 2525, swaks --server 127.0.0.1:2525, or ./run.sh --port 2525.",
                "Ctrl-C stops it; open sessions get 421 first."})
final class ServeCommand implements Runnable {

    @Option(names = "--port", defaultValue = "2525", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Use 0.0.0.0 for a classroom network.")
    String bind;

    @Option(names = "--hostname", description = "Server name in the banner and certificate (default: mail.example.test).")
    String hostName;

    enum LogLevel { lines, sessions, none }

    @Option(names = "--log", defaultValue = "lines",
            description = "What to print: every line of every session (lines), only sessions opening and closing (sessions), or nothing (none). Default: ${DEFAULT-VALUE}.")
    LogLevel log;

    @Override
    public void run() {
        PrintStream out = System.out;
        SimConfig config = hostName == null ? SimConfig.defaults() : SimConfig.defaults().withHostName(hostName);
        SimServer server;
        try {
            server = SimServer.builder().config(config).store(new MailStore()).bind(InetAddress.getByName(bind))
                    .port(port).observer(log == LogLevel.none ? SessionObserver.NONE
                            : new TranscriptLog(out, log == LogLevel.lines)).start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.prepareTls();
        out.printf("smtp-tutor simulator listening on %s:%d as %s%n", bind, server.port(), config.hostName());
        out.printf("Users: %s (domain %s). Ctrl-C to stop.%n", String.join(", ", config.users().keySet()),
                SimConfig.DEFAULT_DOMAIN);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping: telling " + server.openSessions() + " open session(s) 421.");
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
