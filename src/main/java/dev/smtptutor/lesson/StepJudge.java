package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.sim.StoredMessage;
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
    static Verdict judge(Step step, Exchange exchange, List<StoredMessage> delivered, Optional<String> mechanism) {
        Expectation expect = step.expect();
        if (expect instanceof Expectation.Send send) {
            return send(step, send, exchange);
        }
        if (expect instanceof Expectation.Delivered wanted) {
            return delivered(step, wanted.message(), exchange, delivered);
        }
        return authenticated(step, (Expectation.Authenticated) expect, exchange, mechanism);
    }

    private static Verdict send(Step step, Expectation.Send send, Exchange exchange) {
        if (isLine(send.line(), exchange)) {
            return send.reply().accepts(exchange) ? new Met()
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

    private static Verdict delivered(Step step, DeliveryCheck check, Exchange exchange, List<StoredMessage> delivered) {
        if (delivered.stream().anyMatch(check::accepts)) {
            return new Met();
        }
        if (exchange.kind() == Exchange.Kind.MESSAGE && !delivered.isEmpty() && positive(exchange)) {
            StoredMessage latest = delivered.get(delivered.size() - 1);
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
        String sent = sentLine(exchange);
        return step.solution().stream().anyMatch(line -> LineMeaning.same(sent, line));
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
