package dev.smtptutor.explain;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.CommandParser;
import dev.smtptutor.protocol.ParseResult;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reply answered, so the explainer can say what it means at that moment: the same 250 means "sender
 * accepted" after MAIL FROM and "message accepted" after the final dot.
 *
 * @param trigger       what the server was answering
 * @param command       the command answered; present exactly when {@code trigger} is {@link Trigger#COMMAND}
 * @param stateBefore   the session state before the command (client-side view)
 * @param tls           whether the connection was encrypted when the reply came
 * @param authMechanism the SASL mechanism while an AUTH exchange runs (upper case), else empty
 * @param authStep      how many client lines of the AUTH exchange the reply answers: 0 for the reply to the
 *                      AUTH command itself, 1 for the reply to the first base64 line, and so on
 */
public record ReplyContext(Trigger trigger, Optional<Command> command, SmtpState stateBefore, boolean tls,
                           Optional<String> authMechanism, int authStep) {

    /** What the server was answering. */
    public enum Trigger {
        /** Nothing is known: the reply is explained from its codes alone. */
        UNKNOWN,
        /** The greeting (banner) the server sends on connecting. */
        GREETING,
        /** A command; see {@link #command()}. */
        COMMAND,
        /** A line that is no command the tutor could parse. */
        UNRECOGNIZED_LINE,
        /** The final dot ending the message text after DATA (RFC 5321 §4.1.1.4). */
        MESSAGE_END,
        /** A base64 line the client sent during AUTH (RFC 4954 §4). */
        AUTH_RESPONSE
    }

    public ReplyContext {
        if (command.isPresent() != (trigger == Trigger.COMMAND)) {
            throw new IllegalArgumentException("a command is given exactly when the trigger is COMMAND");
        }
        if (authStep < 0) {
            throw new IllegalArgumentException("authStep must not be negative: " + authStep);
        }
        authMechanism = authMechanism.map(m -> m.toUpperCase(Locale.ROOT));
    }

    /** Nothing known about the moment. */
    public static ReplyContext none() {
        return new ReplyContext(Trigger.UNKNOWN, Optional.empty(), SmtpState.CONNECTED, false, Optional.empty(), 0);
    }

    /** The server's greeting, the first reply of a connection. */
    public static ReplyContext greeting() {
        return new ReplyContext(Trigger.GREETING, Optional.empty(), SmtpState.CONNECTED, false, Optional.empty(), 0);
    }

    /** The reply to {@code command}, sent in {@code stateBefore}. For AUTH, the mechanism is taken from it. */
    public static ReplyContext after(Command command, SmtpState stateBefore) {
        Optional<String> mechanism = command.verb() == Verb.AUTH && !command.argument().isBlank()
                ? Optional.of(command.argument().strip().split("\\s+")[0]) : Optional.empty();
        return new ReplyContext(Trigger.COMMAND, Optional.of(command), stateBefore, false, mechanism, 0);
    }

    /** The reply to {@code command}, assuming it was sent in the state where it normally comes. */
    public static ReplyContext after(Command command) {
        return after(command, usualStateBefore(command.verb()));
    }

    /**
     * The reply to a line as typed, sent in {@code stateBefore}: a command when it parses (or names a known
     * verb with bad arguments), otherwise an unrecognized line.
     */
    public static ReplyContext afterLine(String line, SmtpState stateBefore) {
        return afterLine(line, Optional.of(stateBefore));
    }

    /** The reply to a line as typed, assuming it was sent in the state where it normally comes. */
    public static ReplyContext afterLine(String line) {
        return afterLine(line, Optional.empty());
    }

    private static ReplyContext afterLine(String line, Optional<SmtpState> stateBefore) {
        return commandIn(line)
                .map(command -> after(command, stateBefore.orElse(usualStateBefore(command.verb()))))
                .orElseGet(() -> unrecognized(stateBefore.orElse(SmtpState.GREETED)));
    }

    private static Optional<Command> commandIn(String line) {
        ParseResult parsed = CommandParser.parse(line);
        if (parsed instanceof ParseResult.Parsed p) {
            return Optional.of(p.command());
        }
        if (parsed instanceof ParseResult.Malformed m && m.verb() != null) {
            String[] words = line.strip().split("\\s+", 2);
            return Optional.of(Command.of(m.verb(), words.length > 1 ? words[1] : ""));
        }
        return Optional.empty();
    }

    /** The reply to a line that is no command. */
    public static ReplyContext unrecognized(SmtpState stateBefore) {
        return new ReplyContext(Trigger.UNRECOGNIZED_LINE, Optional.empty(), stateBefore, false, Optional.empty(), 0);
    }

    /** The reply after the final dot of the message text. */
    public static ReplyContext endOfData() {
        return new ReplyContext(Trigger.MESSAGE_END, Optional.empty(), SmtpState.DATA, false, Optional.empty(), 0);
    }

    /** The reply to the {@code step}-th base64 line (from 1) of an AUTH exchange with {@code mechanism}. */
    public static ReplyContext authResponse(String mechanism, int step) {
        return new ReplyContext(Trigger.AUTH_RESPONSE, Optional.empty(), SmtpState.GREETED, false,
                Optional.of(mechanism), step);
    }

    /** This context with TLS on or off. */
    public ReplyContext withTls(boolean on) {
        return new ReplyContext(trigger, command, stateBefore, on, authMechanism, authStep);
    }

    public Optional<Verb> verb() {
        return command.map(Command::verb);
    }

    // The state in which each command is sent in a well-formed session (RFC 5321 §3.3, §4.1.4).
    private static SmtpState usualStateBefore(Verb verb) {
        return switch (verb) {
            case EHLO, HELO -> SmtpState.CONNECTED;
            case RCPT -> SmtpState.MAIL;
            case DATA, BDAT -> SmtpState.RCPT;
            default -> SmtpState.GREETED;
        };
    }
}
