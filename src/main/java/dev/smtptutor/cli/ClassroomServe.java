package dev.smtptutor.cli;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.classroom.ClassListener;
import dev.smtptutor.classroom.ClassroomException;
import dev.smtptutor.classroom.ClassroomServer;
import dev.smtptutor.classroom.Entry;
import dev.smtptutor.classroom.Exercises;
import dev.smtptutor.classroom.Roster;
import dev.smtptutor.classroom.RosterReader;
import dev.smtptutor.classroom.Words;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import dev.smtptutor.shell.ClassBoard;
import java.util.Collections;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import dev.smtptutor.web.WebServer;
import dev.smtptutor.web.WebTexts;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/** {@code serve --classroom}: the simulator for a whole class, its log on standard output. */
final class ClassroomServe implements Callable<Integer> {

    private final CommandLine.Model.CommandSpec spec;
    private final Path roster;
    private final Path data;
    private final Path exercises;
    private final boolean identifyByEhlo;
    private final String bind;
    private final int port;
    private final boolean lines;
    private final boolean quiet;
    private final boolean board;
    private final Optional<Integer> web;

    ClassroomServe(CommandLine.Model.CommandSpec spec, Path roster, Path data, Path exercises, boolean identifyByEhlo,
                   String bind, int port, boolean lines, boolean quiet, boolean board, Optional<Integer> web) {
        this.board = board;
        this.web = web;
        this.spec = spec;
        this.roster = roster;
        this.data = data;
        this.exercises = exercises;
        this.identifyByEhlo = identifyByEhlo;
        this.bind = bind;
        this.port = port;
        this.lines = lines;
        this.quiet = quiet;
    }

    @Override
    public Integer call() throws Exception {
        if (roster == null || data == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Words.get("serve.needs-roster-and-data"));
        }
        LogWriter out = LogWriter.standardOutput();
        java.io.PrintWriter err = spec.commandLine().getErr();
        ClassroomServer server;
        try {
            Roster students = RosterReader.read(roster);
            Exercises set = exercises == null ? Exercises.builtIn() : Exercises.directory(exercises);
            server = ClassroomServer.builder(students, data).exercises(set).identifyByEhlo(identifyByEhlo)
                    .bind(InetAddress.getByName(bind)).port(port).listener(new Log(out, lines && !quiet && !board, quiet || board))
                    .start();
        } catch (ClassroomException e) {
            out.close();
            e.problems().forEach(problem -> err.println("smtp-tutor: " + problem));
            return 2;
        }
        InetAddress address = server.address();
        out.line(Words.get("serve.listening", "address", bind, "port", server.port(), "host", server.hostName(),
                "students", server.roster().size(), "exercises", server.exercises().all().size()));
        if (!address.isLoopbackAddress()) {
            out.line(Words.get("serve.not-loopback", "address", handOut(address), "port", server.port()));
        }
        out.line(Words.get("serve.how-to-connect", "address", address.isLoopbackAddress() ? bind : handOut(address),
                "port", server.port(), "data", data));
        Optional<WebServer> webBoard = web.map(webPort -> WebServer.builder(ClassroomWebView.live(server))
                .bind(address).port(webPort).start());
        webBoard.ifPresent(b -> {
            String host = address.isLoopbackAddress() ? bind : handOutQuietly(address);
            out.line(WebTexts.standard().get("serve.board", "url", b.boardUrl(host),
                    "me", "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + b.port() + "/me"));
        });
        Optional<ClassBoard> shown = Optional.empty();
        Optional<Terminal> terminal = Optional.empty();
        if (board) {
            out.close(); // the board owns the terminal from here; its log lines go above it
            terminal = Optional.of(TerminalBuilder.builder().system(true).name("smtp-tutor classroom").build());
            shown = Optional.of(new ClassBoard(terminal.get(), server));
        }
        Optional<ClassBoard> theBoard = shown;
        Optional<Terminal> theTerminal = terminal;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            theBoard.ifPresent(ClassBoard::close);
            theTerminal.ifPresent(t -> {
                t.writer().println(Words.get("serve.stopping", "open", server.openSessions()));
                t.flush();
            });
            out.line(Words.get("serve.stopping", "open", server.openSessions()));
            webBoard.ifPresent(WebServer::close);
            server.close();
            out.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static String handOutQuietly(InetAddress bound) {
        try {
            return handOut(bound);
        } catch (IOException e) {
            return bound.getHostAddress();
        }
    }

    /** The address students type: the one bound, or for 0.0.0.0 the machine's first site address. */
    private static String handOut(InetAddress bound) throws IOException {
        if (!bound.isAnyLocalAddress()) {
            return bound.getHostAddress();
        }
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        return bound.getHostAddress();
    }

    /** The teacher's log when there is no board: one line per student event, or every line of every session. */
    private static final class Log implements ClassListener {
        private final LogWriter out;
        private final boolean lines;
        private final boolean quiet;

        Log(LogWriter out, boolean lines, boolean quiet) {
            this.out = out;
            this.lines = lines;
            this.quiet = quiet;
        }

        @Override
        public void logged(String line) {
            if (!quiet) {
                out.line(line);
            }
        }

        @Override
        public void entryAdded(String student, long session, Entry entry) {
            if (!lines) {
                return;
            }
            String who = "[" + (student.isEmpty() ? "" : student + " ") + "#" + session + "] ";
            if (entry.sent() != null) {
                entry.sent().forEach(l -> out.line(who + (entry.inTls() ? "~> " : " -> ") + UntrustedText.visible(l)));
            }
            if (entry.reply() != null) {
                entry.reply().forEach(l -> out.line(who + (entry.inTls() ? "<~  " : "<-  ") + UntrustedText.visible(l)));
            }
        }
    }
}
