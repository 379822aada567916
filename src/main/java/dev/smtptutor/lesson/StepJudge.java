package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Verb;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one exchange means for the current step: done, on the way (a line of the solution that
 * the server accepted), or a miss to explain. It looks at what the server answered and stored, never at
 * the spelling of what was typed.
 */
final class StepJudge {

    /** The outcome of judging one exchange. */
    sealed interface Verdict permits Met, OnTheWay, Missed {}

    record Met() implements Verdict {}

    record OnTheWay() implements Verdict {}

    record Missed(Miss miss) implements Verdict {}

    private StepJudge() {}

    /**
     * @param delivered messages the simulator accepted since the step began, oldest first
     * @param mechanism the SASL mechanism of the last AUTH command, upper case, as the exchange record says
     */
    static Verdict judge(Step step, Exchange exchange, List<AcceptedMessage> delivered, Optional<String> mechanism) {
        return judge(step, exchange, delivered, mechanism, true);
    }

    /** @param enhancedOffered whether the server announced ENHANCEDSTATUSCODES (RFC 2034) */
    static Verdict judge(Step step, Exchange exchange, List<AcceptedMessage> delivered, Optional<String> mechanism,
                         boolean enhancedOffered) {
        return judge(step, exchange, delivered, mechanism, enhancedOffered, false);
    }

    /**
     * @param onHost true on a real host: a STARTTLS the tutor sends itself (--starttls) and the EHLO that
     *               must follow it (RFC 3207 §4.2) are on the way to any step, not a miss
     */
    static Verdict judge(Step step, Exchange exchange, List<AcceptedMessage> delivered, Optional<String> mechanism,
                         boolean enhancedOffered, boolean onHost) {
        if (onHost && exchange.positive() && exchange.verb().filter(v -> v == Verb.STARTTLS || v == Verb.EHLO).isPresent()
                && !(step.expect() instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine c
                        && (c.pattern().verb() == Verb.STARTTLS || c.pattern().verb() == Verb.EHLO))) {
            return new OnTheWay();
        }
        Expectation expect = step.expect();
        if (expect instanceof Expectation.Send send) {
            return send(step, send, exchange, enhancedOffered);
        }
        if (expect instanceof Expectation.Delivered wanted) {
            return delivered(step, wanted.message(), exchange, delivered);
        }
        return authenticated(step, (Expectation.Authenticated) expect, exchange, mechanism);
    }

    private static Verdict send(Step step, Expectation.Send send, Exchange exchange, boolean enhancedOffered) {
        if (isLine(send.line(), exchange)) {
            return send.reply().accepts(exchange, enhancedOffered) ? new Met()
                    : new Missed(new Miss.WrongReply(exchange, knownMistake(step, exchange)));
        }
        return onTheWay(step, exchange) ? new OnTheWay()
                : new Missed(new Miss.OtherLine(exchange, knownMistake(step, exchange)));
    }

    private static boolean isLine(LinePattern pattern, Exchange exchange) {
        if (pattern instanceof LinePattern.CommandLine command) {
            return exchange.kind() == Exchange.Kind.COMMAND && command.pattern().matches(sentLine(exchange));
        }
        if (pattern instanceof LinePattern.EndOfMessage) {
            return exchange.kind() == Exchange.Kind.MESSAGE;
        }
        return exchange.kind() == Exchange.Kind.AUTH_RESPONSE;
    }

    private static Verdict delivered(Step step, DeliveryCheck check, Exchange exchange, List<AcceptedMessage> delivered) {
        if (delivered.stream().anyMatch(check::accepts)) {
            return new Met();
        }
        if (exchange.kind() == Exchange.Kind.MESSAGE && !delivered.isEmpty() && positive(exchange)) {
            AcceptedMessage latest = delivered.get(delivered.size() - 1);
            return new Missed(new Miss.DeliveredOther(exchange, latest, check.mismatches(latest)));
        }
        return positive(exchange) ? new OnTheWay() : new Missed(new Miss.NotYet(exchange, knownMistake(step, exchange)));
    }

    private static Verdict authenticated(Step step, Expectation.Authenticated wanted, Exchange exchange,
                                         Optional<String> mechanism) {
        if (exchange.code() == 235) {
            String used = mechanism.orElse("?");
            return wanted.mechanism().isEmpty() || wanted.mechanism().get().equals(used) ? new Met()
                    : new Missed(new Miss.OtherMechanism(exchange, used));
        }
        return positive(exchange) ? new OnTheWay() : new Missed(new Miss.NotYet(exchange, knownMistake(step, exchange)));
    }

    /**
     * An accepted line that belongs to the step's solution is progress, not a miss: e.g. MAIL FROM on the
     * way to a delivered message, or the first answer of AUTH LOGIN on the way to being logged in.
     */
    private static boolean onTheWay(Step step, Exchange exchange) {
        if (!positive(exchange)) {
            return false;
        }
        if (exchange.kind() != Exchange.Kind.COMMAND) {
            return step.solution().size() > 1;
        }
        if (needsLogin(step) && exchange.verb().filter(v -> v == Verb.AUTH || v == Verb.STARTTLS || v == Verb.EHLO)
                .isPresent()) {
            // The shell's /auth sends AUTH and its answers; a server that offers AUTH only inside TLS
            // needs STARTTLS and a new EHLO first (RFC 3207 §4.2). All of it is on the way to a login.
            return true;
        }
        String sent = sentLine(exchange);
        return step.solution().stream().anyMatch(line -> LineMeaning.same(sent, line));
    }

    /** A step done by logging in, or by an AUTH command the server must accept or refuse as a login. */
    static boolean needsLogin(Step step) {
        if (step.expect() instanceof Expectation.Authenticated) {
            return true;
        }
        return step.expect() instanceof Expectation.Send send && send.line() instanceof LinePattern.CommandLine c
                && c.pattern().verb() == Verb.AUTH;
    }

    private static boolean positive(Exchange exchange) {
        return exchange.reply().map(r -> r.isPositive()).orElse(false);
    }

    private static Optional<Mistake> knownMistake(Step step, Exchange exchange) {
        if (exchange.kind() != Exchange.Kind.COMMAND) {
            return Optional.empty();
        }
        String sent = sentLine(exchange);
        return step.mistakes().stream().filter(m -> LineMeaning.same(sent, m.line())).findFirst();
    }

    static String sentLine(Exchange exchange) {
        return exchange.sentLine();
    }
}
