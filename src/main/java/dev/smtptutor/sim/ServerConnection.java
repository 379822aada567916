package dev.smtptutor.sim;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.LineReader;
import dev.smtptutor.protocol.Redaction;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/** Carries one {@link SimSession} over one socket: reads lines, performs the session's actions. */
final class ServerConnection implements Runnable {

    /** Why a session closed, as the serve log and the classroom's transcripts say it. */
    private static final TextBundle WORDS = Texts.bundle("dev/smtptutor/sim/messages");


    private static final int OCTET_SLICE = 64 * 1024;

    private final long id;
    private final SimSession session;
    private final Supplier<TlsIdentity> tls;
    private final SessionObserver observer;
    private final Consumer<ServerConnection> onEnd;
    private final Object writeLock = new Object();
    private Socket socket;
    private OutputStream out;
    private LineReader reader;
    private volatile boolean closed;
    private final SessionRecorder recorder;

    ServerConnection(long id, Socket socket, SimSession session, Supplier<TlsIdentity> tls, SessionObserver observer,
                     Consumer<ServerConnection> onEnd) {
        this.id = id;
        this.socket = socket;
        this.session = session;
        this.tls = tls;
        this.observer = observer;
        this.onEnd = onEnd;
        this.recorder = new SessionRecorder(session, session.clock(), exchange -> observer.exchanged(id, exchange));
    }

    long id() {
        return id;
    }

    @Override
    public void run() {
        String why = WORDS.get("closed.by-client");
        try {
            open();
            observer.opened(id, socket.getRemoteSocketAddress());
            if (perform(session.greet())) {
                flush();
                why = converse();
            } else {
                why = WORDS.get("closed.session-ended");
            }
        } catch (IOException e) {
            why = closed ? WORDS.get("closed.shut-down") : WORDS.get("closed.lost", "why", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // A bug must end this session only, never the server or another session.
            why = WORDS.get("closed.internal-error", "error", String.valueOf(e));
            sendQuietly(Reply.of(421, "4.3.0", session.config().hostName() + " Error: internal error"));
        } finally {
            closeSocket();
            session.ended();
            onEnd.accept(this);
            observer.closed(id, why);
        }
    }

    private void open() throws IOException {
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, session.config().idleTimeout().toMillis())));
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        reader = new LineReader(socket.getInputStream(), SimSession.READ_CAP);
    }

    private String converse() throws IOException {
        while (!closed) {
            Optional<InputLine> line;
            try {
                line = reader.next();
            } catch (SocketTimeoutException idle) {
                perform(session.timeout());
                return WORDS.get("closed.idle");
            }
            if (line.isEmpty()) {
                return WORDS.get("closed.by-client");
            }
            observer.received(id, line.get().text(), isSecret(line.get()));
            recorder.received(line.get().text());
            boolean open = perform(session.handle(line.get()));
            recorder.handled();
            if (!open) {
                return WORDS.get("closed.session-ended");
            }
            // RFC 2920 §3.1: replies to pipelined commands may be held back until no more input is
            // waiting; they must be flushed before the server would block on a read.
            if (!reader.hasBufferedInput()) {
                flush();
            }
        }
        return WORDS.get("closed.shut-down");
    }

    private boolean isSecret(InputLine line) {
        if (session.awaitingAuthResponse()) {
            return true;
        }
        return Redaction.hasSecret(line.text());
    }

    /** Performs the actions in order; false when the connection was closed by one of them. */
    private boolean perform(List<SessionAction> actions) throws IOException {
        for (SessionAction action : actions) {
            if (action instanceof SessionAction.Send send) {
                write(send.reply());
            } else if (action instanceof SessionAction.StartTls) {
                flush();
                startTls();
            } else if (action instanceof SessionAction.Pause pause) {
                flush();
                sleep(pause.duration().toMillis());
            } else if (action instanceof SessionAction.ReadOctets read) {
                List<SessionAction> answer;
                try {
                    answer = readOctets(read.count());
                } catch (SocketTimeoutException idle) {
                    perform(session.timeout()); // a client stalled inside a chunk is idle too
                    return false;
                }
                if (!perform(answer)) {
                    return false;
                }
            } else if (action instanceof SessionAction.Close) {
                flush();
                closeSocket();
                return false;
            }
        }
        return true;
    }

    /** A BDAT chunk (RFC 3030 §2), read in slices so that a huge announced size costs no memory. */
    private List<SessionAction> readOctets(long count) throws IOException {
        long left = count;
        List<SessionAction> answer;
        do {
            int slice = (int) Math.min(left, OCTET_SLICE);
            answer = session.octets(reader.readExactly(slice));
            left -= slice;
        } while (left > 0);
        return answer;
    }

    /**
     * RFC 3207 §4.2: the handshake runs on the same connection. A new reader drops anything the client
     * sent in plaintext after STARTTLS (the command-injection defence, CVE-2011-0411).
     */
    private void startTls() throws IOException {
        SSLSocket secure = (SSLSocket) tls.get().serverContext().getSocketFactory()
                .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
        secure.setUseClientMode(false);
        secure.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        secure.startHandshake();
        synchronized (writeLock) {
            socket = secure;
            out = new BufferedOutputStream(secure.getOutputStream(), 8192);
        }
        reader = new LineReader(secure.getInputStream(), SimSession.READ_CAP);
        session.tlsStarted();
        SSLSession tlsSession = secure.getSession();
        observer.tlsStarted(id, tlsSession.getProtocol(), tlsSession.getCipherSuite());
    }

    private void write(Reply written) throws IOException {
        // RFC 2034 §3: enhanced codes only from a server that announced ENHANCEDSTATUSCODES.
        Reply reply = session.config().enhancedStatusCodes() ? written : written.withoutEnhancedCodes();
        synchronized (writeLock) {
            out.write(reply.toBytes());
        }
        observer.sent(id, reply);
        recorder.replied(reply);
    }

    private void flush() throws IOException {
        synchronized (writeLock) {
            out.flush();
        }
    }

    /** Called from another thread when the server stops: 421 now, then close. */
    void shutdown() {
        // The 421 goes out before the session thread may notice `closed` and close the socket itself.
        sendQuietly(Replies.shuttingDown(session.config().hostName()));
        closed = true;
        try {
            socket.shutdownOutput(); // FIN after the 421, before the close wakes the blocked reader
        } catch (IOException ignored) {
            // the client is gone already
        }
        closeSocket();
    }

    /** Over the session limit: a 421 instead of the greeting (RFC 5321 §3.1), then close. */
    void refuseBusy() {
        refuse(Replies.tooManyConnections(session.config().hostName()));
    }

    /** One client holds too many of the sessions already (see SimServer's per-client limit). */
    void refuseTooManyFromClient() {
        refuse(Replies.tooManyConnectionsFrom(session.config().hostName(), socket.getInetAddress().getHostAddress()));
    }

    private void refuse(Reply reply) {
        try {
            open();
            sendQuietly(reply);
        } catch (IOException ignored) {
            // the client is gone already
        } finally {
            closeSocket();
        }
    }

    private void sendQuietly(Reply reply) {
        try {
            synchronized (writeLock) {
                if (out != null) {
                    out.write(reply.toBytes());
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // the client is gone already
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
