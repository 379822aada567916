package dev.smtptutor.shell;

import dev.smtptutor.client.ConnectionException;
import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.client.ConversationListener;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.client.TlsDetails;
import dev.smtptutor.explain.Explainer;
import dev.smtptutor.sim.MailStore;
import dev.smtptutor.sim.Scenario;
import dev.smtptutor.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.Set;

/**
 * The shell's state between lines: the connection, the message being typed, what the learner has
 * used so far. One per shell; the slash commands and the SMTP line handler share it.
 */
final class ShellSession implements AutoCloseable {

    private final ShellOutput out;
    private final Explainer explainer;
    private final ExchangeRenderer renderer;
    private final Path home;
    private final Object lock = new Object();
    /** The connection being opened, which Ctrl-C cancels; null when nothing waits. */
    private volatile CompletableFuture<Arrival> arriving;
    private final Set<String> addresses = new LinkedHashSet<>();
    private final MailStore store = new MailStore();
    private Scenario simulatorScenario;
    private HostSettings hostSettings = HostSettings.defaults();
    // Made on the first /connect to a domain: its SecureRandom costs the shell's start a few milliseconds.
    private dev.smtptutor.client.MxLookup mxLookup;
    private Optional<Link> link = Optional.empty();
    /** For piped mode's exit status (see {@link #scriptStatus()}). */
    private boolean connectedOnce;
    private boolean lastExchangeFailed;
    private Optional<SimulatorHost> simulator = Optional.empty();
    private Optional<MessageDraft> draft = Optional.empty();
    private boolean quitRequested;
    // The learner's login on a real host, named once for a lesson; never a password.
    private Optional<String> loginName = Optional.empty();
    private volatile Optional<PendingTls> pendingTls = Optional.empty();

    private record PendingTls(TlsDetails details, boolean simulator) {}
    private final List<Consumer<Exchange>> exchangeListeners = new CopyOnWriteArrayList<>();
    private final List<Supplier<Optional<String>>> promptNotes = new CopyOnWriteArrayList<>();

    private final List<Runnable> languageListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ShellSession(ShellOutput out, Explainer explainer, DetailLevel detail, Path home, Scenario simulatorScenario) {
        this.out = out;
        this.explainer = explainer;
        this.renderer = new ExchangeRenderer(out, explainer, detail);
        this.home = home;
        this.simulatorScenario = simulatorScenario;
    }

    ShellOutput out() {
        return out;
    }

    Explainer explainer() {
        return explainer;
    }

    ExchangeRenderer renderer() {
        return renderer;
    }

    Path home() {
        return home;
    }

    /** Held while talking to the server, so the idle watcher never reads in the middle of an exchange. */
    Object lock() {
        return lock;
    }

    Optional<Link> link() {
        return link;
    }

    /** The current connection, or empty after telling the learner how to connect. */
    Optional<Link> linkOrExplain() {
        if (link.isEmpty()) {
            out.warn(Messages.get("smtp.not-connected"));
        }
        return link;
    }

    /** The current connection if it is still open, or empty after telling the learner how to connect. */
    Optional<Link> openLinkOrExplain() {
        Optional<Link> open = link.filter(Link::isOpen);
        if (open.isEmpty()) {
            out.warn(Messages.get("smtp.not-connected"));
        }
        return open;
    }

    Optional<SimulatorHost> simulator() {
        return simulator;
    }

    /** Messages the built-in simulator accepted in this shell (kept across reconnects). */
    MailStore store() {
        return store;
    }

    SimConfig simulatorConfig() {
        return simulatorScenario.config();
    }

    /** The scenario the built-in simulator runs (or will run on /connect sim). */
    Scenario simulatorScenario() {
        return simulatorScenario;
    }

    /** Connects to the built-in simulator with this config and no scripted faults. */
    void connectSimulator(SimConfig config) throws IOException {
        connectSimulator(SimulatorHost.scenarioOf(config));
    }

    /**
     * Connects to the built-in simulator, (re)starting it when the scenario differs from the running
     * one, and shows its greeting. Delivered messages stay in the shell's store across restarts.
     */
    void connectSimulator(Scenario scenario) throws IOException {
        disconnect();
        if (simulator.isEmpty() || !SimulatorHost.sameBehaviour(simulator.get().scenario(), scenario)) {
            simulator.ifPresent(SimulatorHost::close);
            simulator = Optional.of(SimulatorHost.start(scenario, store));
            simulatorScenario = scenario;
        }
        open(simulator.get().connectionOptions(), simulator);
    }

    dev.smtptutor.client.MxLookup mxLookup() {
        if (mxLookup == null) {
            mxLookup = dev.smtptutor.client.MxLookup.system();
        }
        return mxLookup;
    }

    void mxLookup(dev.smtptutor.client.MxLookup lookup) {
        this.mxLookup = lookup;
    }

    HostSettings hostSettings() {
        return hostSettings;
    }

    void hostSettings(HostSettings settings) {
        this.hostSettings = settings;
    }

    /**
     * Connects to a real host and shows its greeting. The session open now is left (with QUIT) only
     * once the new connection stands: a mistyped /connect must not cost the learner their session.
     */
    void connectHost(ConnectionOptions options) {
        open(options, Optional.empty());
    }

    private void open(ConnectionOptions options, Optional<SimulatorHost> via) {
        out.info(Messages.get("link.connecting", "endpoint", via.isPresent()
                ? Messages.get("link.simulator", "endpoint", options.endpoint()) : options.endpoint()));
        try {
            synchronized (lock) {
                Optional<Arrival> arrived = openInterruptibly(options, via);
                if (arrived.isEmpty()) {
                    out.warn(Messages.get("link.connect-interrupted", "endpoint", options.endpoint()));
                    lastExchangeFailed = true;
                    sayWhichSessionIsKept();
                    return;
                }
                Link opened = arrived.get().link();
                // Only now, with the new host's greeting in hand, is the working session left (with QUIT).
                disconnect();
                opened.conversation().addListener(new ConversationListener() {
                    @Override
                    public void exchanged(Exchange exchange) {
                        // Rendered by whoever sent it (pipelined lines are echoed beside their replies);
                        // listeners such as a running lesson only watch.
                        exchangeListeners.forEach(listener -> listener.accept(exchange));
                    }

                    @Override
                    public void tlsStarted(TlsDetails details) {
                        // Shown after the 220 that allowed it has been rendered: see show().
                        pendingTls = Optional.of(new PendingTls(details, via.isPresent()));
                    }
                });
                link = Optional.of(opened);
                connectedOnce = true;
                // Implicit TLS: the handshake happened while connecting, before any listener could hear it.
                opened.conversation().tls().ifPresent(details ->
                        pendingTls = Optional.of(new PendingTls(details, via.isPresent())));
                // The greeting was read before the listener above was attached: pass it on as it would have.
                Exchange greeting = arrived.get().greeting();
                exchangeListeners.forEach(listener -> listener.accept(greeting));
                show(greeting, false);
            }
        } catch (ConnectionException e) {
            ProblemView.show(out, e);
            lastExchangeFailed = true;
            sayWhichSessionIsKept();
        }
    }

    private void sayWhichSessionIsKept() {
        link.filter(Link::isOpen).ifPresent(kept -> out.info(Messages.get("link.kept", "endpoint", kept.describe())));
    }

    /** A new connection and the greeting it opened with. */
    private record Arrival(Link link, Exchange greeting) {}

    /**
     * Ctrl-C: stops waiting for a connection being opened (a host that does not answer, or answers the
     * TCP handshake and then never greets), so the shell returns to its prompt with the terminal as it
     * was, instead of the JVM dying with its status line drawn.
     */
    void interrupt() {
        CompletableFuture<Arrival> waiting = arriving;
        if (waiting != null) {
            waiting.cancel(false);
        }
    }

    /**
     * Opens the connection and reads its greeting on a thread of its own, so that Ctrl-C ({@link
     * #interrupt()}) can end the wait; empty when it did. A connection given up on is closed, at once when
     * it stands already (which also ends the read of a greeting that never comes), else as soon as it does.
     */
    private Optional<Arrival> openInterruptibly(ConnectionOptions options, Optional<SimulatorHost> via)
            throws ConnectionException {
        CompletableFuture<Arrival> waiting = new CompletableFuture<>();
        AtomicReference<Link> opening = new AtomicReference<>();
        Thread opener = new Thread(() -> {
            try {
                Link opened = Link.open(options, via);
                opening.set(opened);
                if (waiting.isCancelled()) {
                    opened.close();
                    return;
                }
                Exchange greeting = opened.conversation().greeting();
                if (!waiting.complete(new Arrival(opened, greeting))) {
                    opened.close();
                }
            } catch (Throwable e) {
                waiting.completeExceptionally(e);
                Optional.ofNullable(opening.get()).ifPresent(Link::close);
            }
        }, "smtp-tutor-connect");
        opener.setDaemon(true);
        arriving = waiting;
        try {
            opener.start();
            return Optional.of(waiting.join());
        } catch (CancellationException interrupted) {
            // The opener closes a link that stands after this; one that stood before is closed here.
            Optional.ofNullable(opening.get()).ifPresent(Link::close);
            return Optional.empty();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConnectionException refused) {
                throw refused;
            }
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw e;
        } finally {
            arriving = null;
        }
    }

    /** Sends QUIT if the connection is still open, then closes it. */
    void disconnect() {
        draft = Optional.empty();
        if (link.isEmpty()) {
            return;
        }
        Link current = link.get();
        link = Optional.empty();
        if (current.isOpen()) {
            try {
                synchronized (lock) {
                    show(current.conversation().send("QUIT"), true);
                }
            } catch (ConnectionException e) {
                // the server is gone already; nothing more to tell it
            }
        }
        current.close();
    }

    Optional<MessageDraft> draft() {
        return draft;
    }

    void startDraft() {
        draft = Optional.of(new MessageDraft());
    }

    MessageDraft finishDraft() {
        MessageDraft finished = draft.orElseGet(MessageDraft::new);
        draft = Optional.empty();
        return finished;
    }

    /** Drops the message being typed: SMTP has no way to cancel DATA, so the connection goes too. */
    void abandonDraft() throws IOException {
        draft = Optional.empty();
        Link current = link.orElseThrow();
        link = Optional.empty();
        current.close();
        if (current.isSimulator()) {
            connectSimulator(simulatorScenario);
        } else {
            connectHost(current.options());
        }
    }

    /** A connection problem explained; it counts as a failed exchange for piped mode's exit status. */
    void showProblem(dev.smtptutor.client.ConnectionException e) {
        lastExchangeFailed = true;
        ProblemView.show(out, e);
    }

    /** Piped mode's exit status: 0 the last exchange succeeded, 1 it failed, 3 no connection ever opened. */
    int scriptStatus() {
        return !connectedOnce ? 3 : lastExchangeFailed ? 1 : 0;
    }

    /** Renders an exchange, then what a TLS handshake it led to established. */
    void show(Exchange exchange, boolean echoSent) {
        lastExchangeFailed = exchange.failure().isPresent()
                || exchange.reply().map(reply -> reply.code() >= 400).orElse(false);
        renderer.render(exchange, echoSent);
        Optional<PendingTls> tls = pendingTls;
        pendingTls = Optional.empty();
        tls.ifPresent(t -> TlsSummary.show(out, t.details(), t.simulator()));
    }

    /** Hears every exchange with any server, whoever sent it (typed, pasted, /auth...). */
    void addExchangeListener(Consumer<Exchange> listener) {
        exchangeListeners.add(listener);
    }

    /**
     * Adds a source of a line shown above the prompt (e.g. the current lesson step). The shell prints
     * a note when it differs from the one it printed last.
     */
    void addPromptNote(Supplier<Optional<String>> note) {
        promptNotes.add(note);
    }

    List<Supplier<Optional<String>>> promptNotes() {
        return promptNotes;
    }

    void rememberAddress(String address) {
        addresses.add(address);
    }

    Set<String> addresses() {
        return Set.copyOf(addresses);
    }

    Optional<String> loginName() {
        return loginName;
    }

    void loginName(Optional<String> name) {
        loginName = name;
    }

    /** Called after /lang switched the language, for what was rendered once (the tail tips). */
    void addLanguageListener(Runnable listener) {
        languageListeners.add(listener);
    }

    void languageChanged() {
        languageListeners.forEach(Runnable::run);
    }

    void requestQuit() {
        quitRequested = true;
    }

    boolean quitRequested() {
        return quitRequested;
    }

    @Override
    public void close() {
        disconnect();
        simulator.ifPresent(SimulatorHost::close);
    }
}
