package dev.smtptutor.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator as a real SMTP server on a TCP port: one thread accepts, one thread per session
 * talks to its client (blocked reads cost no CPU, so a whole class fits on two cores). Session
 * threads are kept for a minute after their session ends and reused, because starting a thread
 * costs more than a short session itself. Binds to loopback unless told otherwise.
 */
public final class SimServer implements AutoCloseable {

    /** Per-session thread stack: sessions need little, and a class of 1,000 must fit. */
    private static final long SESSION_STACK_BYTES = 256 * 1024;
    private static final String IDLE_THREAD_NAME = "smtp-session-idle";

    private final Simulation simulation;
    private final SessionObserver observer;
    private final int maxSessions;
    private final int maxSessionsPerClient;
    private final boolean loopbackUnlimited;
    /** Open sessions per client address, for the per-client limit. */
    private final java.util.Map<InetAddress, Integer> perClient = new ConcurrentHashMap<>();
    private final ServerSocket listener;
    private final TlsIdentity givenTls;
    private CompletableFuture<TlsIdentity> tls;
    private final Set<ServerConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong sessionIds = new AtomicLong();
    private final ExecutorService sessionThreads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(null, work, IDLE_THREAD_NAME, SESSION_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    private SimServer(Builder builder) throws IOException {
        Scenario scenario = builder.config == null ? builder.scenario : builder.scenario.withConfig(builder.config);
        if (builder.users != null) {
            scenario = scenario.withConfig(scenario.config().toBuilder().users(builder.users).build());
        }
        this.simulation = new Simulation(scenario, builder.store, builder.sink, new AttemptLog(), builder.clock,
                builder.hooks);
        this.observer = builder.observer;
        this.maxSessions = builder.maxSessions;
        this.maxSessionsPerClient = builder.maxSessionsPerClient;
        this.loopbackUnlimited = builder.loopbackUnlimited;
        this.givenTls = builder.tls;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(builder.bind, builder.port), 512);
        Thread acceptor = new Thread(this::acceptLoop, "smtp-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closing) {
                    return;
                }
                continue; // a failed accept (e.g. out of file descriptors) must not stop the server
            }
            InetAddress client = socket.getInetAddress();
            long id = sessionIds.incrementAndGet();
            ServerConnection connection = new ServerConnection(id, socket,
                    new SimSession(simulation, client.getHostAddress(), id), this::tls, observer,
                    ended -> {
                        open.remove(ended);
                        perClient.computeIfPresent(client, (address, count) -> count > 1 ? count - 1 : null);
                    });
            if (open.size() >= maxSessions) {
                observer.refused(socket.getRemoteSocketAddress());
                startSessionThread(connection::refuseBusy, connection);
                continue;
            }
            if (!(loopbackUnlimited && client.isLoopbackAddress())
                    && perClient.getOrDefault(client, 0) >= maxSessionsPerClient) {
                startSessionThread(connection::refuseTooManyFromClient, connection);
                continue;
            }
            perClient.merge(client, 1, Integer::sum);
            open.add(connection);
            startSessionThread(connection, connection);
        }
    }

    private void startSessionThread(Runnable work, ServerConnection connection) {
        try {
            sessionThreads.execute(() -> {
                // Named for its session while it serves one, so a thread dump shows who is who.
                Thread.currentThread().setName("smtp-session-" + connection.id());
                try {
                    work.run();
                } finally {
                    Thread.currentThread().setName(IDLE_THREAD_NAME);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // close() raced with this accept: the server is going away, so is this connection.
            open.remove(connection);
            connection.shutdown();
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public InetAddress address() {
        return listener.getInetAddress();
    }

    public SimConfig config() {
        return simulation.config();
    }

    public Scenario scenario() {
        return simulation.scenario();
    }

    public MailStore store() {
        return simulation.store();
    }

    /**
     * Starts making the TLS key and certificate in the background, if not started yet. It takes about a
     * second on a cold JVM, so the shell calls this once its prompt is up, and `serve` at start; the first
     * STARTTLS waits for it otherwise.
     */
    public synchronized CompletableFuture<TlsIdentity> prepareTls() {
        if (tls == null) {
            tls = givenTls != null ? CompletableFuture.completedFuture(givenTls)
                    : CompletableFuture.supplyAsync(() -> TlsIdentity.generate(config().hostName()));
        }
        return tls;
    }

    /** The server's TLS identity; waits for it if it is still being generated. */
    public TlsIdentity tls() {
        return prepareTls().join();
    }

    /**
     * A client SSL context that trusts exactly this server's certificate, usable before the certificate
     * exists: it is looked up when a handshake asks for it.
     */
    public javax.net.ssl.SSLContext clientContext() {
        return PinnedTrust.context(() -> tls().certificate());
    }

    public int openSessions() {
        return open.size();
    }

    /** Stops accepting, tells every open session 421 (RFC 5321 §3.8) and closes it. */
    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // already closed
        }
        for (ServerConnection connection : open) {
            connection.shutdown();
        }
        sessionThreads.shutdown(); // idle threads end now; busy ones when their session has closed
    }

    /** After {@link #close()}: waits until every session thread has ended; false if some still run. */
    public boolean awaitSessionsEnded(java.time.Duration timeout) {
        try {
            return sessionThreads.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static final class Builder {
        private Scenario scenario = Scenario.of(SimConfig.defaults());
        private SimConfig config;
        private Clock clock = Clock.systemUTC();
        private MailStore store = new MailStore();
        private DeliverySink sink = DeliverySink.NONE;
        private Users users;
        private SessionObserver observer = SessionObserver.NONE;
        private SessionHooks hooks = SessionHooks.NONE;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private int maxSessions = 2_000;
        private int maxSessionsPerClient = 50;
        private boolean loopbackUnlimited = true;
        private TlsIdentity tls;

        /** The scenario the sessions follow; by default none: the default settings and no rules. */
        public Builder scenario(Scenario value) {
            this.scenario = value;
            return this;
        }

        /** Settings that replace the scenario's own (its rules stay). */
        public Builder config(SimConfig value) {
            this.config = value;
            return this;
        }

        /** The clock that scenario rules measure retry delays with (tests move it by hand). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder store(MailStore value) {
            this.store = value;
            return this;
        }

        /**
         * Told of each accepted message before its 250 goes out; the 250 waits until it returns (an
         * embedding server makes the message durable there). By default nothing beyond the store.
         */
        /** Accounts that replace the scenario's (a classroom's roster); the rest of its settings stay. */
        public Builder users(Users value) {
            this.users = value;
            return this;
        }

        public Builder deliverySink(DeliverySink value) {
            this.sink = value;
            return this;
        }

        public Builder observer(SessionObserver value) {
            this.observer = value;
            return this;
        }

        /** What a server built on the simulator adds to each session (the classroom: limits, disk). */
        public Builder hooks(SessionHooks value) {
            this.hooks = value;
            return this;
        }

        public Builder bind(InetAddress value) {
            this.bind = value;
            return this;
        }

        /** 0 (the default) picks a free ephemeral port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder maxSessions(int value) {
            this.maxSessions = value;
            return this;
        }

        /**
         * At most this many sessions at once from one client address (default 50), so one client
         * holding sockets cannot lock a whole class out: Postfix's smtpd_client_connection_count_limit,
         * with its default. Like Postfix, which exempts $mynetworks, the loopback address is exempt
         * unless {@code evenLoopback} (the shell's own simulator and load tests connect from there).
         */
        public Builder maxSessionsPerClient(int value, boolean evenLoopback) {
            this.maxSessionsPerClient = value;
            this.loopbackUnlimited = !evenLoopback;
            return this;
        }

        /** Reuse a certificate (e.g. when a scenario restarts the server); by default a new one is made. */
        public Builder tls(TlsIdentity value) {
            this.tls = value;
            return this;
        }

        public SimServer start() throws IOException {
            return new SimServer(this);
        }
    }
}
