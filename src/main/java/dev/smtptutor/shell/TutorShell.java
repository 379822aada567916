package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.explain.Explainer;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: plain lines are SMTP, sent as typed; lines starting with "/" are the
 * tutor's own commands. Every reply is explained as it arrives.
 */
public final class TutorShell implements AutoCloseable {

    private static final String PROMPT = "smtp> ";
    private static final String DATA_PROMPT = "data> ";
    private static final String AUTH_PROMPT = "auth> ";
    /**
     * The longest line the shell takes: a message line may be 1,000 octets with its CRLF (RFC 5321
     * §4.5.3.1.6), a command 512 (§4.5.3.1.4); twice that leaves room to try an overlong line on
     * purpose (lesson 11 does). Past it the line stops growing, so each key costs the same however much was pasted
     * (the highlighter and the tail tips read the whole line on every key).
     */
    static final int LONGEST_LINE = 2_000;

    private final Terminal terminal;
    private final ShellOptions options;
    private final ShellOutput out;
    private final ShellSession session;
    private final SlashCommands commands = new SlashCommands();
    private final SmtpLineHandler smtp;
    private final ReaderInBackground reader;
    private final RedactingHistory history;
    private volatile boolean running = true;
    private final java.util.Map<Object, String> shownNotes = new java.util.HashMap<>();
    private final LessonSession lessons;
    /** The tips below the prompt in a terminal; set on the line reader's thread, read once it is built. */
    private TailTips tips;

    public TutorShell(Terminal terminal, ShellOptions options) {
        this(terminal, options, LessonOptions.standard());
    }

    public TutorShell(Terminal terminal, ShellOptions options, LessonOptions lessonOptions) {
        this.terminal = terminal;
        this.options = options;
        this.out = new ShellOutput(terminal, Styles.forTerminal(terminal.getType(), options.environment()));
        this.session = new ShellSession(out, Explainer.standard(), options.detail(), options.home(), options.simulator());
        session.hostSettings(options.hosts());
        // The words of the first screen are read on a thread of their own while the shell starts.
        Messages.prepareFirstScreenAside();
        // The line reader, the longest job before the prompt, is built from here on beside the rest. Its
        // completer and highlighter only keep the command table, which is filled below.
        this.history = new RedactingHistory();
        // Ctrl-C between prompts (while connecting to a slow host): stop waiting, keep the shell. Without a
        // handler the JVM would die and leave the status line and its scroll region on the terminal.
        // While a line is read, JLine handles Ctrl-C itself and puts this handler back afterwards.
        terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
        Optional<java.nio.file.Path> historyFile = historyFile();
        this.reader = new ReaderInBackground(terminal, built -> {
            // The history file is read here, beside the rest of the start, not at the first prompt.
            historyFile.ifPresent(file -> built.setVariable(LineReader.HISTORY_FILE, file));
            built.setHistory(history);
            history.attach(built);
            // The tips below the prompt in a terminal (JLine's TailTipWidgets and the command table) likewise.
            if (!options.script() && !terminal.getType().startsWith("dumb")) {
                this.tips = TailTips.install(built, () -> session.explainer().reference());
            }
        }, this::finishReader);
        // SMTP_TUTOR_DNS=host:port asks that DNS server for MX records (a lab's resolver, or a test's).
        Optional.ofNullable(options.environment().get("SMTP_TUTOR_DNS")).filter(s -> !s.isBlank())
                .ifPresent(server -> session.mxLookup(dev.smtptutor.client.MxLookup.using(server)));
        this.smtp = new SmtpLineHandler(session);
        this.lessons = LessonSession.install(session, lessonOptions);
        registerCommands();
    }

    private void registerCommands() {
        ComposeCommand compose = new ComposeCommand();
        commands.register(new HelpCommands.Help(commands))
                .register(new ReferenceCommands.Ref())
                .register(new ReferenceCommands.Codes())
                .register(new ReferenceCommands.Explain())
                .register(new SessionCommands.State())
                .register(new SessionCommands.Transcript())
                .register(new AuthCommands.Base64())
                .register(new AuthCommands.Auth())
                .register(new AuthCommands.Tls(smtp))
                .register(new ExerciseCommand(smtp))
                .register(new MailboxCommand())
                .register(new ScenarioCommand())
                .register(compose)
                .register(new SendCommand(compose::last))
                .register(new CodeCommand())
                .register(new ConnectionCommands.Connect())
                .register(new ConnectionCommands.Disconnect())
                .register(new LessonCommands.Lessons(lessons))
                .register(new LessonCommands.Start(lessons))
                .register(new LessonCommands.Hint(lessons))
                .register(new LessonCommands.Solution(lessons))
                .register(new LessonCommands.Skip(lessons))
                .register(new LessonCommands.Restart(lessons))
                .register(new LessonCommands.Next(lessons))
                .register(new LessonProgressCommand(lessons))
                .register(new LessonTools.Cram())
                .register(new LanguageCommand())
                .register(new HelpCommands.Quit());
    }

    /** Where the history is kept: none for piped input; the home and the file made private (0700/0600). */
    private Optional<java.nio.file.Path> historyFile() {
        if (options.script()) {
            return Optional.empty();
        }
        try {
            // The home and every file in it are private (0700/0600): history and progress live there.
            dev.smtptutor.lesson.PrivateFiles.secureHome(options.home());
            dev.smtptutor.lesson.PrivateFiles.restrict(options.home().resolve("history"));
            return Optional.of(options.home().resolve("history"));
        } catch (IOException e) {
            out.warn(Messages.get("history.unavailable", "why", FileTrouble.describe(e)));
            return Optional.empty();
        }
    }

    /** The shell's parser, completer, highlighter, options, widgets and key bindings on the reader. */
    private LineReader finishReader(org.jline.reader.impl.LineReaderImpl built) {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);   // a backslash is data here (/b64 \0alice\0secret)
        parser.setQuoteChars(new char[0]);    // quotes are data too ("john smith"@example.test)
        built.setParser(parser);
        built.setCompleter(new SmtpCompleter(session, commands));
        built.setHighlighter(new SmtpHighlighter(out.styles(), commands));
        built.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true); // a "!" in a message stays a "!"
        built.option(LineReader.Option.HISTORY_IGNORE_SPACE, true);
        built.option(LineReader.Option.AUTO_FRESH_LINE, true);
        // Ctrl-C normally arrives as SIGINT; where the terminal passes it through as a key (no ISIG),
        // it must mean the same thing.
        built.getWidgets().put("smtp-tutor-interrupt", () -> {
            throw new UserInterruptException(built.getBuffer().toString());
        });
        built.getKeyMaps().get(LineReader.MAIN).bind(new org.jline.reader.Reference("smtp-tutor-interrupt"),
                org.jline.keymap.KeyMap.ctrl('C'));
        if (tips != null) { // installed on the reader's thread
            session.addLanguageListener(tips::refresh);
        }
        org.jline.reader.Widget insert = built.getWidgets().get(LineReader.SELF_INSERT);
        built.getWidgets().put(LineReader.SELF_INSERT, () -> built.getBuffer().length() > LONGEST_LINE
                && built.getBuffer().toString().indexOf('\n') < 0 || insert.apply());
        return built;
    }

    /** The session, for tests in this package that look at what the simulator received. */
    ShellSession session() {
        return session;
    }

    /**
     * Runs until /quit, Ctrl-D or the end of the input; returns the process exit code. Interactive,
     * that is 0; piped (a script), it says how the script went: 0 when its last exchange succeeded,
     * 1 when that exchange failed (a 4xx or 5xx reply, or a lost connection), 3 when no connection
     * ever opened.
     */
    public int run() {
        out.line(Messages.get(options.script() ? "welcome.script" : "welcome"), out.styles().bold());
        connectFirst();
        lessons.atStart(prompter);
        Thread watcher = options.script() ? null : startIdleWatcher();
        int status = 0;
        try {
            loop();
            status = options.script() ? session.scriptStatus() : 0; // before the goodbye QUIT below
        } finally {
            running = false;
            if (watcher != null) {
                watcher.interrupt();
            }
            lessons.close(); // before the goodbye QUIT below, which the learner did not type
            session.close();
            saveHistory();
        }
        return status;
    }

    private void connectFirst() {
        if (options.target().isPresent()) {
            ConnectionCommands.Connect.connect(session, options.target().get());
            return;
        }
        try {
            session.connectSimulator(options.simulator());
            out.hint(Messages.get("welcome.simulator-hint"));
        } catch (IOException e) {
            out.error(Messages.get("connect.sim-failed", "why", String.valueOf(e.getMessage())));
        }
    }

    private final Prompter prompter = new ReaderPrompter();

    private void loop() {
        while (!session.quitRequested()) {
            showPromptNotes();
            boolean secret = session.link().map(l -> l.conversation().state().awaitingAuthResponse()).orElse(false);
            String prompt = session.draft().isPresent() ? DATA_PROMPT : secret ? AUTH_PROMPT : PROMPT;
            String line;
            try {
                // Piped input: the prompt is printed with the line below, so the output reads as a transcript.
                line = readLine(options.script() ? "" : prompt, secret || session.draft().isPresent());
            } catch (UserInterruptException ctrlC) {
                if (interrupted(prompter)) {
                    return;
                }
                continue;
            } catch (EndOfFileException ctrlD) {
                // Ctrl-D in a message asks first, as Ctrl-C does; Ctrl-D again at the question leaves.
                if (session.draft().isPresent() && !options.script() && !interrupted(prompter)) {
                    continue;
                }
                return;
            }
            if (options.script()) {
                out.line(prompt + (secret ? "********" : line));
            }
            handle(line, prompter);
        }
    }

    /** Lines that stand above the prompt (the lesson step), printed again only when they change. */
    private void showPromptNotes() {
        for (java.util.function.Supplier<Optional<String>> note : session.promptNotes()) {
            Optional<String> text = note.get();
            if (text.isPresent() && !text.get().equals(shownNotes.get(note))) {
                out.hint(text.get());
            }
            shownNotes.put(note, text.orElse(""));
        }
    }

    private String readLine(String prompt, boolean keepOutOfHistory) {
        LineReader reader = this.reader.get();
        reader.variable(LineReader.DISABLE_HISTORY, keepOutOfHistory);
        out.readingWith(reader);
        try {
            return reader.readLine(prompt);
        } finally {
            out.readingWith(null);
        }
    }

    private void handle(String line, Prompter prompter) {
        for (String part : line.split("\n", -1)) {
            if (part.length() > LONGEST_LINE) {
                out.warn(Messages.get("line.too-long", java.util.Map.of("length", part.length(),
                        "longest", LONGEST_LINE)));
                return;
            }
        }
        try {
            dispatch(line, prompter);
        } catch (Prompter.Cancelled cancelled) {
            out.info(Messages.get("prompt.cancelled"));
        }
    }

    private void dispatch(String line, Prompter prompter) {
        // At data> every line is message text, except /compose: it can fill the message for you.
        if (session.draft().isPresent() && !line.strip().equals("/compose")) {
            smtp.typeMessageLine(line);
        } else if (line.startsWith("/")) {
            commands.dispatch(line, session, prompter);
        } else if (!line.isBlank() || awaitingAuthAnswer()) {
            // At auth> an empty line is an answer: XOAUTH2 answers a 334 error report with one.
            smtp.send(line);
        }
    }

    private boolean awaitingAuthAnswer() {
        return session.link().map(l -> l.conversation().state().awaitingAuthResponse()).orElse(false);
    }

    /**
     * Ctrl-C: in the message editor, offer to abandon the message; elsewhere, say how to leave.
     * True when the learner pressed Ctrl-D at the question: they want to leave the shell.
     */
    private boolean interrupted(Prompter prompter) {
        if (session.draft().isEmpty()) {
            out.hint(Messages.get("ctrl-c"));
            return false;
        }
        boolean abandon;
        try {
            abandon = prompter.confirm(Messages.get("data.abandon"));
        } catch (Prompter.Cancelled cancelled) {
            if (cancelled.endOfInput()) {
                return true;
            }
            abandon = false; // Ctrl-C again at the question: keep the message
        }
        if (abandon) {
            try {
                session.abandonDraft();
            } catch (IOException e) {
                out.error(Messages.get("connect.sim-failed", "why", String.valueOf(e.getMessage())));
            }
        } else {
            out.hint(Messages.get("data.continue"));
        }
        return false;
    }

    /**
     * Watches for replies nobody asked for while the learner is typing (a 421 from a server that
     * timed out), and prints them above the line being edited.
     */
    private Thread startIdleWatcher() {
        Thread thread = new Thread(() -> {
            boolean warmedUp = false;
            while (running) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                if (!warmedUp) {
                    // The first prompt is up and the learner is reading the banner: a good moment to make the
                    // simulator's TLS certificate (about a second of CPU), on a thread of its own so that this
                    // one goes on watching. Not sooner: on two cores it would slow the last steps before that
                    // prompt. A STARTTLS typed before it makes the certificate on demand.
                    warmedUp = true;
                    session.simulator().ifPresent(simulator -> {
                        Thread warmUp = new Thread(simulator::warmUp, "smtp-tutor-tls-certificate");
                        warmUp.setDaemon(true);
                        warmUp.start();
                    });
                }
                pollOnce();
            }
        }, "smtp-tutor-idle-watcher");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void pollOnce() {
        Optional<Link> link = session.link().filter(Link::isOpen);
        if (link.isEmpty() || session.draft().isPresent()) {
            return;
        }
        synchronized (session.lock()) {
            try {
                link.get().conversation().pollUnsolicited(Duration.ofMillis(1))
                        .ifPresent(exchange -> session.show(exchange, false));
            } catch (dev.smtptutor.client.ConnectionException e) {
                ProblemView.show(out, e);
            }
        }
    }

    private void saveHistory() {
        if (!options.script()) {
            try {
                history.save();
                dev.smtptutor.lesson.PrivateFiles.restrict(options.home().resolve("history"));
            } catch (IOException e) {
                // history is a convenience; losing it must not spoil leaving the shell
            }
        }
    }

    @Override
    public void close() {
        running = false;
        session.close();
    }

    /** Questions asked through the same line reader, so they work in every terminal. */
    private final class ReaderPrompter implements Prompter {
        @Override
        public String ask(String prompt) {
            return askLine(prompt).strip();
        }

        @Override
        public String askLine(String prompt) {
            String answer = cancellable(() -> readLine(options.script() ? "" : prompt, false));
            if (options.script()) {
                out.line(prompt + answer);
            }
            return answer;
        }

        @Override
        public String askSecret(String prompt) {
            if (options.script()) {
                // Piped input: nobody watches the terminal, and a masked read on a dumb terminal
                // leaves redraw debris in the output. Read plainly; never echo the secret.
                String answer = cancellable(() -> readLine("", true));
                out.line(prompt + "********");
                return answer;
            }
            LineReader reader = TutorShell.this.reader.get();
            reader.variable(LineReader.DISABLE_HISTORY, true);
            out.readingWith(reader);
            try {
                return cancellable(() -> reader.readLine(prompt, '*'));
            } finally {
                out.readingWith(null);
            }
        }

        /** Ctrl-C and Ctrl-D at a question cancel it, never the shell. */
        private String cancellable(java.util.function.Supplier<String> read) {
            try {
                return read.get();
            } catch (UserInterruptException e) {
                throw new Prompter.Cancelled(false);
            } catch (EndOfFileException e) {
                throw new Prompter.Cancelled(true);
            }
        }

        @Override
        public boolean confirm(String question) {
            String answer = ask(question + " [y/N] ");
            return answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes");
        }
    }
}
