/**
 * The SMTP client: one byte path for the built-in simulator and for real mail hosts.
 *
 * <p>{@link dev.smtptutor.client.Connection} moves bytes over a socket (plain, STARTTLS upgrade,
 * implicit TLS, timeouts) and hands reply lines to {@code protocol.ReplyParser};
 * {@link dev.smtptutor.client.Conversation} decides what to wait for, records every step as an
 * {@link dev.smtptutor.protocol.Exchange} (credentials masked) and lets {@code protocol.StateTracker}
 * follow the state. Every failure is a {@link dev.smtptutor.client.ConnectionException} whose
 * {@link dev.smtptutor.client.Problem} is explained in {@code problems.properties}.
 *
 * <pre>{@code
 * ConnectionOptions options = ConnectionOptions.builder("127.0.0.1", server.port())
 *         .mode(TlsMode.STARTTLS).trust(Trust.context(server.tls().clientContext())).build();
 * try (Conversation smtp = Conversation.open(options)) {
 *     smtp.greeting();
 *     smtp.send("EHLO client.example");
 *     smtp.startTls();                        // 220, then the handshake on the same socket
 *     smtp.send("EHLO client.example");       // RFC 3207 §4.2: again, over TLS
 *     smtp.exchanges();                       // the transcript
 * }
 * }</pre>
 *
 * <p>Imports only {@code dev.smtptutor.protocol}.
 */
package dev.smtptutor.client;
