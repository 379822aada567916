package dev.smtptutor.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The classroom's web side on the JDK's own HTTP server (com.sun.net.httpserver): a handful of pages
 * and a small JSON API need no framework, and the jar stays free of a server library and its
 * updates. Each request runs on a thread of its own, so an open event stream never holds up a page.
 */
public final class WebServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final EventHub hub;
    private final ChangeBatcher batcher;
    private final TeacherAccess teacher;

    private WebServer(Builder b) throws IOException {
        this.hub = new EventHub();
        boolean loopback = b.bind.isLoopbackAddress();
        this.teacher = new TeacherAccess(b.token == null ? Secrets.newToken() : b.token, b.requireToken || !loopback);
        this.server = HttpServer.create(new InetSocketAddress(b.bind, b.port), 64);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        Routes routes = new Routes(b.view, hub, teacher, new StudentLogins(b.view, b.clock), WebTexts.standard());
        server.createContext("/", exchange -> {
            try {
                routes.handle(exchange);
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        });
        this.batcher = new ChangeBatcher(b.view, hub);
        server.start();
    }

    public static Builder builder(ClassView view) {
        return new Builder(view);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The token the board needs (always made, so it can be printed and used even on loopback). */
    public String token() {
        return teacher.token();
    }

    public boolean tokenRequired() {
        return teacher.required();
    }

    /** The board's address with the token, to open or hand to the projector's browser. */
    public String boardUrl(String host) {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/?token=" + token();
    }

    /** Board updates waiting to be pushed go out now (tests and shutdown; normally every 150 ms). */
    public void flush() {
        batcher.flush();
    }

    @Override
    public void close() {
        batcher.close();
        hub.endAll();
        server.stop(0);
        threads.shutdownNow();
    }

    public static final class Builder {
        private final ClassView view;
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private int port;
        private boolean requireToken;
        private String token;
        private Clock clock = Clock.systemUTC();

        private Builder(ClassView view) {
            this.view = Objects.requireNonNull(view);
        }

        public Builder bind(InetAddress value) {
            bind = Objects.requireNonNull(value);
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Require the token even on loopback (it is always required elsewhere). */
        public Builder requireToken(boolean value) {
            requireToken = value;
            return this;
        }

        /** A fixed token instead of a random one (tests). */
        public Builder token(String value) {
            token = Objects.requireNonNull(value);
            return this;
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value);
            return this;
        }

        public WebServer start() {
            try {
                return new WebServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static boolean isGet(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        return method.equals("GET") || method.equals("HEAD");
    }
}
