package dev.smtptutor.mail;

import dev.smtptutor.client.ConnectionOptions;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.client.TlsMode;
import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.DotStuffing;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a session's exchanges the way a reviewer reads a transcript: only what the server accepted
 * counts. A refused RCPT is no recipient, a message the server did not take with 250 was not sent,
 * and RSET throws away the transaction in progress (RFC 5321 §4.1.1.5).
 */
public final class SessionRecipes {

    private SessionRecipes() {}

    public static SessionRecipe from(List<Exchange> exchanges, ConnectionOptions options, boolean simulator) {
        Reader reader = new Reader();
        exchanges.forEach(reader::read);
        TlsUse tls = options.mode() == TlsMode.IMPLICIT ? TlsUse.IMPLICIT
                : reader.startTls ? TlsUse.REQUIRED : TlsUse.NONE;
        return new SessionRecipe(options.host(), options.port(), tls, simulator, reader.ehloName, reader.helo,
                reader.authMechanism, reader.mails);
    }

    /** Walks the exchanges once, keeping the transaction in progress. */
    private static final class Reader {
        private Optional<String> ehloName = Optional.empty();
        private boolean helo;
        private boolean startTls;
        private Optional<String> authMechanism = Optional.empty();
        private Optional<String> mailFrom = Optional.empty();
        private final List<String> rcptTo = new ArrayList<>();
        private final List<String> typedText = new ArrayList<>();
        private final List<MailTransaction> mails = new ArrayList<>();

        void read(Exchange exchange) {
            switch (exchange.kind()) {
                case COMMAND -> command(exchange);
                case AUTH_RESPONSE -> authStep(exchange);
                case MESSAGE -> message(exchange.sent(), exchange.code());
                case MESSAGE_TEXT -> {
                    typedText.addAll(exchange.sent());
                    if (exchange.reply().isPresent()) {
                        message(typedText, exchange.code());
                    }
                }
                case GREETING, UNSOLICITED -> { }
            }
        }

        private void command(Exchange exchange) {
            if (exchange.command().isEmpty()) {
                return;
            }
            Command command = exchange.command().get();
            int code = exchange.code();
            boolean positive = code >= 200 && code < 300;
            switch (command.verb()) {
                case EHLO, HELO -> {
                    if (positive) {
                        ehloName = Optional.of(command.argument()).filter(name -> !name.isBlank());
                        helo = command.verb() == Verb.HELO;
                        reset();
                    }
                }
                case STARTTLS -> startTls |= code == 220;
                case AUTH -> authStep(exchange);
                case MAIL -> {
                    if (positive) {
                        reset();
                        mailFrom = command.path().map(Path::address);
                    }
                }
                case RCPT -> {
                    if (positive) {
                        command.path().map(Path::address).ifPresent(rcptTo::add);
                    }
                }
                case DATA -> typedText.clear();
                case RSET -> {
                    if (positive) {
                        reset();
                    }
                }
                default -> { }
            }
        }

        /** RFC 4954 §4: 235 ends the exchange in success, with the mechanism the record names. */
        private void authStep(Exchange exchange) {
            if (exchange.code() == 235) {
                authMechanism = exchange.auth().mechanism();
            }
        }

        /** The message as it went on the wire, ended by the lone dot; kept when the server said 250. */
        private void message(List<String> wireLines, int code) {
            if (code == 250 && mailFrom.isPresent() && !rcptTo.isEmpty()) {
                mails.add(new MailTransaction(mailFrom.get(), rcptTo, text(wireLines)));
            }
            reset();
        }

        private void reset() {
            mailFrom = Optional.empty();
            rcptTo.clear();
            typedText.clear();
        }

        /** RFC 5321 §4.5.2: the receiver drops the extra leading period, and the final "." is no text. */
        private static String text(List<String> wireLines) {
            int end = wireLines.size();
            if (end > 0 && DotStuffing.isEndOfData(wireLines.get(end - 1))) {
                end--;
            }
            StringBuilder out = new StringBuilder();
            for (String line : wireLines.subList(0, end)) {
                out.append(DotStuffing.unstuffLine(line)).append("\r\n");
            }
            return out.toString();
        }
    }
}
