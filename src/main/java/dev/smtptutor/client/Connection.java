package dev.smtptutor.client;

import dev.smtptutor.protocol.InputLine;
import dev.smtptutor.protocol.LineReader;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One SMTP connection from the client side, over a plain or TLS socket. It moves bytes and nothing
 * else: lines go out exactly as given (plus CRLF), replies come back assembled by {@link ReplyParser}.
 * What the exchange means is for {@link Conversation} and the state tracker.
 *
 * <p>Not thread-safe: one thread drives a connection.
 */
public final class Connection implements AutoCloseable {

    /** The details this class adds to a problem's explanation. */
    private static final ResourceTexts WORDS = ResourceTexts.load("details");
    /** Why a line is no reply line: the words of protocol values (explain.ProtocolWords reads the same file). */
    private static final TextBundle REPLY_LINES = Texts.bundle("dev/smtptutor/protocol/words");

    // RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets. Real servers sometimes send more, so
    // the tutor accepts four times that; a reply is also capped in lines and octets as a whole, so
    // that a server that never ends its reply cannot fill the memory. Each limit is generous: no
    // mail server needs a thousandth of the whole-reply ones.
    static final int MAX_LINE_OCTETS = 2_000;
    static final int MAX_REPLY_LINES = 1_000;
    static final long MAX_REPLY_OCTETS = 1_000_000;
    /** How much of a line from the server a problem's detail quotes, so a detail never floods the terminal. */
    private static final int QUOTED = 200;
    // Closing TLS sends close_notify and then waits for the server's (TLS 1.3, RFC 8446 §6.1); a
    // server that never answers must not hold the learner up for a whole reply timeout.
    private static final int CLOSE_GRACE_MILLIS = 1000;

    private final ConnectionOptions options;
    private Socket socket;
    private ReplyBudget budget;
    private BufferedInputStream in;
    private LineReader reader;
    private OutputStream out;
    private Optional<TlsDetails> tls = Optional.empty();
    private boolean open = true;

    private Connection(ConnectionOptions options, Socket socket) throws IOException {
        this.options = options;
        attach(socket);
    }

    /**
     * Connects; for {@link TlsMode#IMPLICIT} also runs the TLS handshake before anything is read.
     * The greeting is not read: call {@link #readReply()} for it.
     */
    public static Connection open(ConnectionOptions options) throws ConnectionException {
        Socket socket = Dialer.dial(options);
        Connection connection;
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(millis(options.replyTimeout()));
            connection = new Connection(options, socket);
        } catch (IOException e) {
            closeQuietly(socket);
            throw Failures.connecting(e, options);
        }
        if (options.mode() == TlsMode.IMPLICIT) {
            connection.upgradeToTls();
        }
        return connection;
    }

    private void attach(Socket newSocket) throws IOException {
        socket = newSocket;
        // A new reader over the new stream: bytes buffered from the old one are dropped on purpose
        // (RFC 3207 §6; plaintext injected before the handshake must never count as encrypted).
        budget = new ReplyBudget(newSocket);
        in = new BufferedInputStream(budget);
        reader = new LineReader(in, MAX_LINE_OCTETS);
        out = newSocket.getOutputStream();
    }

    /**
     * Reads one complete reply, however many lines it has (RFC 5321 §4.2.1). The whole reply must
     * arrive within the reply timeout, and within {@link #MAX_REPLY_LINES} lines of at most
     * {@link #MAX_LINE_OCTETS} octets and {@link #MAX_REPLY_OCTETS} in all; a server that closes the
     * connection or breaks the reply grammar is reported as such.
     */
    public Reply readReply() throws ConnectionException {
        ensureOpen();
        budget.start(options.replyTimeout().toMillis(), MAX_REPLY_OCTETS);
        ReplyParser parser = new ReplyParser();
        List<String> received = new ArrayList<>();
        while (true) {
            Optional<InputLine> next;
            try {
                next = reader.next();
            } catch (ReplyBudget.Exceeded e) {
                throw failed(tooLong(WORDS.text("reply.too-many-octets",
                        Map.of("max", MAX_REPLY_OCTETS, "lines", received.size())), e));
            } catch (IOException e) {
                ConnectionException problem = Failures.transferring(e, options);
                if (problem.problem() == Problem.REPLY_TIMEOUT && (parser.inProgress() || budget.octetsRead() > 0)) {
                    // Part of a reply came, then silence: where the next reply starts is unknowable.
                    close();
                }
                throw failed(problem);
            }
            if (next.isEmpty() || next.get().ending() == InputLine.Ending.END_OF_STREAM) {
                next.ifPresent(partial -> received.add(partial.text()));
                throw failed(ConnectionException.of(Problem.CLOSED_BY_SERVER, options,
                        closedDetail(received, parser.inProgress() || next.isPresent()), null));
            }
            if (next.get().length() > MAX_LINE_OCTETS) {
                throw failed(tooLong(WORDS.text("reply.line-too-long", Map.of("octets", next.get().length(),
                        "max", MAX_LINE_OCTETS, "start", UntrustedText.visible(next.get().text(), QUOTED))), null));
            }
            if (received.size() >= MAX_REPLY_LINES) {
                throw failed(tooLong(WORDS.text("reply.too-many-lines",
                        Map.of("max", MAX_REPLY_LINES, "line", UntrustedText.visible(next.get().text(), QUOTED))), null));
            }
            String line = next.get().text();
            received.add(line);
            ReplyParser.Result result = parser.accept(line);
            if (result instanceof ReplyParser.Complete complete) {
                return complete.reply();
            }
            if (result instanceof ReplyParser.Malformed malformed) {
                throw ConnectionException.of(Problem.MALFORMED_REPLY, options,
                        WORDS.text("reply.malformed", Map.of("line", UntrustedText.visible(malformed.line(), QUOTED),
                                "why", REPLY_LINES.get(malformed.problem().key(), malformed.wordValues()))), null);
            }
        }
    }

    private ConnectionException tooLong(String detail, Throwable cause) {
        return ConnectionException.of(Problem.REPLY_TOO_LONG, options, detail, cause);
    }

    private static String closedDetail(List<String> received, boolean midReply) {
        if (!midReply) {
            return WORDS.text("closed.instead-of-reply", Map.of());
        }
        StringBuilder detail = new StringBuilder(WORDS.text("closed.mid-reply", Map.of()));
        for (String line : received) {
            detail.append(" \"").append(UntrustedText.visible(line, QUOTED)).append('"');
        }
        return detail.toString();
    }


    /**
     * Waits up to {@code wait} for the server to say something nobody asked for, such as a 421
     * before it closes an idle session (RFC 5321 §4.5.3.2.7). Empty when it stays silent; the wait
     * itself is the only delay. A closed connection is reported as {@link Problem#CLOSED_BY_SERVER}.
     */
    public Optional<Reply> pollReply(Duration wait) throws ConnectionException {
        ensureOpen();
        try {
            if (!reader.hasBufferedInput()) {
                budget.start(Math.max(1, wait.toMillis()), MAX_REPLY_OCTETS);
                try {
                    // Peek one byte without consuming it, so the reply is read whole below.
                    in.mark(1);
                    int first = in.read();
                    in.reset();
                    if (first < 0) {
                        throw failed(ConnectionException.of(Problem.CLOSED_BY_SERVER, options,
                                WORDS.text("closed.end-of-stream", Map.of()), null));
                    }
                } catch (SocketTimeoutException silent) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            throw failed(Failures.transferring(e, options));
        }
        return Optional.of(readReply());
    }

    /** Sends one line followed by CRLF, byte for byte as given (UTF-8 for any non-ASCII, RFC 6531). */
    public void send(String line) throws ConnectionException {
        sendRaw(withCrlf(List.of(line)));
    }

    /**
     * Sends several lines in one write, without waiting between them (RFC 2920 §3.1 PIPELINING).
     * Read the replies afterwards with {@link #readReply()}, one per line, in the same order.
     */
    public void sendPipelined(List<String> lines) throws ConnectionException {
        sendRaw(withCrlf(lines));
    }

    /** Sends these bytes exactly, nothing added: message text, or deliberately odd line endings. */
    public void sendRaw(byte[] bytes) throws ConnectionException {
        ensureOpen();
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw failed(Failures.transferring(e, options));
        }
    }

    private static byte[] withCrlf(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a line to send must not contain CR or LF (the line end is added;"
                        + " send raw bytes to send a bare CR or LF on purpose): " + UntrustedText.visible(line, QUOTED));
            }
            text.append(line).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Runs the TLS handshake on this same socket, after the server's 220 to STARTTLS (RFC 3207 §4.2)
     * or at once for implicit TLS. Anything the server sent in plaintext and was not read yet is
     * dropped. On failure the connection is closed: after a failed handshake neither side can go on.
     */
    public TlsDetails upgradeToTls() throws ConnectionException {
        ensureOpen();
        if (tls.isPresent()) {
            throw new IllegalStateException("TLS is already active on this connection");
        }
        TlsHandshake.Result result;
        try {
            // The handshake reads the socket directly, with the whole reply timeout (not what was
            // left of the last reply's deadline).
            socket.setSoTimeout(millis(options.replyTimeout()));
            result = TlsHandshake.over(socket, options);
        } catch (IOException e) {
            throw failed(Failures.transferring(e, options));
        } catch (ConnectionException e) {
            throw failed(e);
        }
        try {
            attach(result.socket());
        } catch (IOException e) {
            throw failed(Failures.transferring(e, options));
        }
        tls = Optional.of(result.details());
        return result.details();
    }

    /** The TLS session's details once TLS is active; empty on a plaintext connection. */
    public Optional<TlsDetails> tls() {
        return tls;
    }

    public ConnectionOptions options() {
        return options;
    }

    public boolean isOpen() {
        return open;
    }

    /** Closes the socket (without QUIT; say goodbye first if the server should hear it). */
    @Override
    public void close() {
        open = false;
        try {
            socket.setSoTimeout(Math.min(CLOSE_GRACE_MILLIS, millis(options.replyTimeout())));
        } catch (IOException alreadyClosed) {
            // nothing to wait for
        }
        closeQuietly(socket);
    }

    private void ensureOpen() throws ConnectionException {
        if (!open) {
            throw ConnectionException.of(Problem.NOT_CONNECTED, options, WORDS.text("closed.before", Map.of()), null);
        }
    }

    /** Closes the connection when the problem leaves it unusable, and hands the problem back to throw. */
    private ConnectionException failed(ConnectionException problem) {
        if (problem.problem().endsConnection()) {
            close();
        }
        return problem;
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
