package dev.smtptutor.shell;

import dev.smtptutor.explain.ReplyContext;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Verb;

/**
 * Works out what each reply was answering, so the explainer can say what it means right here: after
 * which command, in which state, at which step of an AUTH exchange. It reads the exchange record's
 * parsed command and AUTH facts; it never parses a line itself.
 */
final class ReplyContextTracker {

    private int authStep;

    ReplyContext of(Exchange exchange) {
        ReplyContext context = switch (exchange.kind()) {
            case GREETING -> ReplyContext.greeting();
            case MESSAGE, MESSAGE_TEXT -> ReplyContext.endOfData();
            case AUTH_RESPONSE -> ReplyContext.authResponse(exchange.auth().mechanism().orElse("PLAIN"), ++authStep);
            case UNSOLICITED -> ReplyContext.none();
            case COMMAND -> command(exchange);
        };
        return context.withTls(exchange.tls());
    }

    private ReplyContext command(Exchange exchange) {
        if (exchange.verb().filter(Verb.AUTH::equals).isPresent()) {
            authStep = 0;
        }
        return ReplyContext.afterLine(exchange.sentLine(), exchange.before());
    }
}
