package dev.smtptutor.shell;

import dev.smtptutor.text.FileTrouble;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.lesson.Deliveries;
import dev.smtptutor.lesson.Learner;
import dev.smtptutor.lesson.Lesson;
import dev.smtptutor.lesson.LessonMarker;
import dev.smtptutor.lesson.LessonEvent;
import dev.smtptutor.lesson.LessonLibrary;
import dev.smtptutor.lesson.LessonRunner;
import dev.smtptutor.lesson.LessonNarration;
import dev.smtptutor.lesson.LessonTexts;
import dev.smtptutor.lesson.Progress;
import dev.smtptutor.lesson.ProgressFile;
import dev.smtptutor.protocol.ReplyClass;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.SimConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jline.utils.AttributedStyle;

/**
 * The lessons inside one shell: the library, the learner's progress, the lesson being played. It watches
 * every exchange through the session's listener, and speaks just before the next prompt, so that its
 * feedback comes after the server's reply and its explanation, never in the middle of them.
 */
final class LessonSession {

    private final ShellSession session;
    private final LessonOptions options;
    private final LessonNarration text;
    private final Optional<ProgressFile> file;
    private final Queue<LessonNarration.Line> pending = new ConcurrentLinkedQueue<>();
    private Progress progress;
    // The learner's progress file is read (jackson-jr) on first use, not at the start: nothing before the
    // first prompt needs it, and reading it was a tenth of the CPU the shell spent before that prompt.
    private Optional<ProgressFile> unread = Optional.empty();
    private boolean newLearner;
    private Optional<LessonLibrary> library = Optional.empty();
    private volatile Optional<LessonRunner> runner = Optional.empty();
    private boolean saveFailed;
    private Optional<Learner> learner = Optional.empty();

    private LessonSession(ShellSession session, LessonOptions options) {
        this.session = session;
        this.options = options;
        this.text = new LessonNarration(session.explainer());
        this.file = options.memory().isPresent() ? Optional.empty()
                : Optional.of(new ProgressFile(session.home(), options.clock()));
        this.progress = options.memory().orElseGet(Progress::empty);
        file.ifPresent(progressFile -> {
            newLearner = progressFile.absent();
            unread = newLearner ? Optional.empty() : Optional.of(progressFile);
        });
    }

    /** Creates the lessons of a shell and hooks them to its session. */
    static LessonSession install(ShellSession session, LessonOptions options) {
        LessonSession lessons = new LessonSession(session, options);
        session.addExchangeListener(lessons::heard);
        // Called once before every prompt: the moment to print what the last exchanges meant for the step.
        session.addPromptNote(lessons::flush);
        session.addPromptNote(lessons::note);
        return lessons;
    }

    /** The progress, read from its file the first time it is needed; a file that cannot be read is said so then. */
    synchronized Progress progress() {
        if (unread.isPresent()) {
            ProgressFile progressFile = unread.get();
            unread = Optional.empty();
            try {
                ProgressFile.Loaded loaded = progressFile.load();
                progress = loaded.progress();
                loaded.moved().ifPresent(m -> session.out().warn(LessonTexts.get("lesson.progress-corrupt", Map.of(
                        "file", progressFile.path(), "moved", m.to(), "why", m.why()))));
            } catch (IOException e) {
                session.out().warn(LessonTexts.get("lesson.progress-unreadable", Map.of("file", progressFile.path(),
                        "why", FileTrouble.describe(e))));
            }
        }
        return progress;
    }

    Optional<ProgressFile> file() {
        return file;
    }

    Optional<LessonRunner> runner() {
        return runner;
    }

    SimulatorScenarios scenarios() {
        return options.scenarios();
    }

    /** Forgets the running lesson (after /progress reset: its record is gone). */
    void stop() {
        runner.ifPresent(LessonRunner::close);
        runner = Optional.empty();
    }

    /** After the banner: a lesson asked for on the command line, or a word for a new learner. */
    void atStart(Prompter prompter) {
        if (options.start().isPresent()) {
            start(options.start().get(), prompter);
        } else if (newLearner && session.link().map(Link::isSimulator).orElse(true)) {
            session.out().hint(LessonTexts.get("lesson.offer"));
        }
    }

    /** The lessons, loaded on first use; a set that cannot be read at all is an empty set with a warning. */
    LessonLibrary library() {
        if (library.isEmpty()) {
            try {
                library = Optional.of(options.directory().isPresent()
                        ? LessonLibrary.directory(options.directory().get()) : LessonLibrary.bundled());
            } catch (IOException e) {
                session.out().error(LessonTexts.get("lesson.cannot-read", "why", FileTrouble.describe(e)));
                library = Optional.of(LessonLibrary.of(List.of()));
            }
        }
        return library.get();
    }

    /** /lesson N: starts or resumes a lesson. */
    void start(String name, Prompter prompter) {
        Optional<LessonLibrary.Entry> entry = library().find(name);
        if (entry.isEmpty()) {
            session.out().warn(LessonTexts.get("lesson.no-such", "typed", name));
            return;
        }
        if (entry.get() instanceof LessonLibrary.Broken broken) {
            session.out().error(LessonTexts.get("lesson.broken", "file", broken.file()));
            broken.problems().forEach(p -> session.out().line("  " + p));
            return;
        }
        start(((LessonLibrary.Ready) entry.get()).lesson(), prompter);
    }

    /**
     * Starts a lesson where the learner is: on a real host when connected to one and the lesson runs on
     * any host; a lesson that needs the simulator says why and asks before leaving the host.
     */
    void start(Lesson lesson, Prompter prompter) {
        Optional<Link> host = session.link().filter(l -> !l.isSimulator());
        if (host.isPresent() && lesson.runsOn() == Lesson.RunsOn.ANY) {
            startOnHost(lesson, host.get(), prompter);
            return;
        }
        if (host.isPresent()) {
            String why = lesson.scenario().equals("default") ? LessonTexts.get("lesson.needs-mailbox")
                    : LessonTexts.get("lesson.needs-scenario", "scenario", lesson.scenario());
            session.out().info(LessonTexts.get("lesson.needs-simulator", Map.of("number", lesson.number(),
                    "why", why)));
            if (!prompter.confirm(LessonTexts.get("lesson.switch-confirm", "host", host.get().options().endpoint()))) {
                session.out().info(LessonTexts.get("lesson.stays-on-host", Map.of("host", host.get().options().endpoint(),
                        "number", lesson.number())));
                return;
            }
        }
        startOnSimulator(lesson);
    }

    private void startOnSimulator(Lesson lesson) {
        Optional<LessonRunner> running = runner.filter(r -> r.lesson().id().equals(lesson.id()) && !r.finished()
                && r.venue() == LessonRunner.Venue.SIMULATOR);
        if (running.isPresent()) {
            // Already on it: show the step again rather than drop the connection and its state.
            show(List.of(new LessonEvent.StepShown(lesson, running.get().current().orElseThrow(),
                    running.get().currentNumber())));
            return;
        }
        runner.ifPresent(LessonRunner::pause);
        runner.ifPresent(LessonRunner::close);
        Optional<Scenario> scenario = options.scenarios().lookup(lesson.scenario());
        LessonRunner next = new LessonRunner(lesson, progress(), options.scenarios(), new StoreDeliveries(session.store()),
                options.clock());
        options.started().accept(next);
        boolean again = next.complete();
        boolean resumed = !again && !progress().lesson(lesson.id()).isEmpty();
        runner = Optional.empty(); // the reconnection's exchanges belong to no step
        // The banner comes first, so the lesson can speak of "the 220 above".
        connect(scenario.orElse(SimulatorHost.scenarioOf(SimConfig.defaults())), false);
        print(text.opening(lesson, scenario.isPresent()));
        begin(next, again, resumed);
    }

    /**
     * A lesson on the host the shell is connected to: the learner's addresses stand in for alice's and
     * bob's, a fresh connection to the same host (never the simulator), and a NOOP that names the lesson
     * (RFC 5321 §4.1.1.9: any server ignores its text; a classroom server records it, so the teacher's
     * grades can count the lesson).
     */
    private void startOnHost(Lesson written, Link host, Prompter prompter) {
        Optional<LessonRunner> running = runner.filter(r -> r.lesson().id().equals(written.id()) && !r.finished()
                && r.venue() == LessonRunner.Venue.HOST);
        if (running.isPresent() && host.isOpen()) {
            show(List.of(new LessonEvent.StepShown(running.get().lesson(), running.get().current().orElseThrow(),
                    running.get().currentNumber())));
            return;
        }
        Learner learner = learner(host, prompter);
        Lesson lesson = learner.apply(written);
        runner.ifPresent(LessonRunner::pause);
        runner.ifPresent(LessonRunner::close);
        runner = Optional.empty(); // the reconnection's exchanges belong to no step
        LessonRunner next = new LessonRunner(lesson, progress(), options.scenarios(), Deliveries.NONE, options.clock(),
                LessonRunner.Venue.HOST);
        options.started().accept(next);
        boolean again = next.complete();
        boolean resumed = !again && !progress().lesson(lesson.id()).isEmpty();
        boolean fresh = session.draft().isEmpty() && host.isOpen()
                && host.conversation().state().state() == SmtpState.CONNECTED && host.conversation().exchanges().size() <= 1;
        if (!fresh) {
            session.connectHost(host.options());
        }
        Optional<Link> link = session.link().filter(Link::isOpen);
        if (link.isEmpty()) {
            return;
        }
        mark(link.get(), lesson);
        print(text.opening(lesson, true));
        session.out().hint(LessonTexts.get("lesson.on-host", "host", link.get().options().endpoint()));
        begin(next, again, resumed);
    }

    /** Starts the runner's first step, saying first whether the lesson is played again or resumed. */
    private void begin(LessonRunner next, boolean again, boolean resumed) {
        List<LessonEvent> events = next.begin();
        if (again) {
            session.out().info(LessonTexts.get("lesson.again"));
        } else if (resumed && !next.finished()) {
            session.out().info(LessonTexts.get("lesson.resumed", Map.of("number", next.currentNumber(),
                    "count", next.lesson().steps().size())));
        }
        runner = Optional.of(next);
        show(events);
        save();
    }

    /** The lesson marker: {@code NOOP smtp-tutor lesson ID}, before the learner's first line. */
    private void mark(Link link, Lesson lesson) {
        session.out().hint(LessonTexts.get("lesson.marker", "id", lesson.id()));
        try {
            synchronized (session.lock()) {
                session.show(link.conversation().send(LessonMarker.line(lesson.id())), true);
            }
        } catch (dev.smtptutor.client.ConnectionException e) {
            ProblemView.show(session.out(), e);
        }
    }

    /** Who plays on this host: from the command line, else asked once (the login's password is asked by /auth, hidden). */
    private Learner learner(Link host, Prompter prompter) {
        if (learner.isEmpty()) {
            Optional<String> from = options.from().or(() -> answer(prompter, LessonTexts.get("learner.ask-from")));
            Optional<String> to = options.to().or(() -> answer(prompter, LessonTexts.get("learner.ask-to")))
                    .or(() -> from);
            Optional<String> user = options.user().isPresent() || !options.askUser() ? options.user()
                    : answer(prompter, LessonTexts.get("learner.ask-user"));
            learner = Optional.of(new Learner(from.orElse(Learner.SIMULATOR.from()), to.orElse(Learner.SIMULATOR.to()), user));
            session.loginName(learner.get().user());
        }
        return learner.get();
    }

    private static Optional<String> answer(Prompter prompter, String question) {
        return Optional.of(prompter.ask(question)).filter(a -> !a.isBlank());
    }

    /** /restart: the running lesson from its first step, on a new connection, its record forgotten. */
    void restart(Lesson lesson) {
        LessonRunner current = runner.orElseThrow();
        runner = Optional.empty();
        session.out().info(LessonTexts.get("lesson.restarted", Map.of("number", lesson.number(), "title", lesson.title())));
        Optional<Link> host = session.link().filter(l -> !l.isSimulator());
        if (current.venue() == LessonRunner.Venue.HOST && host.isPresent()) {
            session.connectHost(host.get().options());
            session.link().filter(Link::isOpen).ifPresent(l -> mark(l, lesson));
        } else {
            connect(options.scenarios().lookup(lesson.scenario())
                    .orElse(SimulatorHost.scenarioOf(SimConfig.defaults())), true);
        }
        List<LessonEvent> events = current.restart();
        runner = Optional.of(current);
        show(events);
        save();
    }

    /**
     * Every lesson starts on a fresh connection to the simulator with its scenario; one opened a moment
     * ago and not used yet will do.
     */
    private void connect(Scenario scenario, boolean always) {
        boolean fresh = !always && session.draft().isEmpty() && session.link().filter(Link::isOpen).filter(Link::isSimulator)
                .filter(l -> SimulatorHost.sameBehaviour(l.simulator().orElseThrow().scenario(), scenario))
                .filter(l -> l.conversation().state().state() == SmtpState.CONNECTED
                        && l.conversation().exchanges().size() <= 1)
                .isPresent();
        if (fresh) {
            return;
        }
        try {
            session.connectSimulator(scenario);
        } catch (IOException e) {
            session.out().error(Messages.get("connect.sim-failed", "why", String.valueOf(e.getMessage())));
        }
    }

    /** Hears an exchange (on whichever thread talks to the server) and keeps the feedback for the prompt. */
    private void heard(Exchange exchange) {
        Optional<LessonRunner> current = runner;
        if (current.isEmpty()) {
            return;
        }
        try {
            List<LessonEvent> events = current.get().observe(exchange);
            events.forEach(e -> pending.addAll(lines(e)));
            save();
        } catch (RuntimeException e) {
            // A fault in a lesson must not take the learner's SMTP session down with it.
            current.get().close();
            runner = Optional.empty();
            pending.add(new LessonNarration.Line(LessonNarration.Tone.WARN, LessonTexts.get("lesson.failed", Map.of(
                    "number", current.get().lesson().number(), "why", String.valueOf(e)))));
        }
    }

    /** Prints what the lesson has to say since the last prompt; adds no note of its own. */
    private Optional<String> flush() {
        for (LessonNarration.Line line = pending.poll(); line != null; line = pending.poll()) {
            print(line);
        }
        return Optional.empty();
    }

    private Optional<String> note() {
        return runner.map(r -> text.note(r.lesson(), r.current(), r.currentNumber()));
    }

    /** Shows events now (for commands, which run between prompts). */
    void show(List<LessonEvent> events) {
        events.forEach(e -> print(lines(e)));
    }

    private List<LessonNarration.Line> lines(LessonEvent event) {
        // The shell explains every reply unless told not to; the lesson adds its own why only then.
        boolean explain = session.renderer().detail() == DetailLevel.OFF;
        List<LessonNarration.Line> out = new ArrayList<>(text.event(event, explain));
        if (event instanceof LessonEvent.Finished finished) {
            Optional<Lesson> next = library().after(finished.lesson());
            out.add(new LessonNarration.Line(LessonNarration.Tone.NOTE, next
                    .map(n -> LessonTexts.get("finished.next", Map.of("number", n.number(),
                            "title", n.title())))
                    .orElse(LessonTexts.get("finished.last"))));
        }
        return out;
    }

    void print(List<LessonNarration.Line> lines) {
        lines.forEach(this::print);
    }

    private void print(LessonNarration.Line line) {
        ShellOutput out = session.out();
        AttributedStyle style = switch (line.tone()) {
            case HEADING -> out.styles().bold();
            case GOOD -> out.styles().replyClass(ReplyClass.POSITIVE_COMPLETION);
            case NOTE -> out.styles().hint();
            case WARN -> out.styles().warning();
            case TEXT -> AttributedStyle.DEFAULT;
        };
        out.line(line.text(), style);
    }

    /** Writes the progress file after every change; a failure is said once and the lesson goes on. */
    void save() {
        if (file.isEmpty()) {
            return;
        }
        try {
            file.get().save(progress());
            saveFailed = false;
        } catch (IOException e) {
            if (!saveFailed) {
                session.out().warn(LessonTexts.get("lesson.progress-unsaved", Map.of("file", file.get().path(),
                        "why", FileTrouble.describe(e))));
            }
            saveFailed = true;
        }
    }

    /** The shell is leaving: the time so far is saved, and the QUIT the shell sends on its way out is not the learner's. */
    void close() {
        if (runner.isPresent()) {
            runner.get().pause();
            save();
            runner.get().close();
            runner = Optional.empty();
        }
    }
}
