package dev.smtptutor.shell;

import dev.smtptutor.client.Exchange;
import dev.smtptutor.explain.ReplyContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out what each reply was answering, so the explainer can say what it means right here: after
 * which command, in which state, at which step of an AUTH exchange.
 */
final class ReplyContextTracker {

    private Optional<String> authMechanism = Optional.empty();
    private int authStep;

    ReplyContext of(Exchange exchange) {
        ReplyContext context = switch (exchange.kind()) {
            case GREETING -> ReplyContext.greeting();
            case MESSAGE, MESSAGE_TEXT -> ReplyContext.endOfData();
            case AUTH_RESPONSE -> ReplyContext.authResponse(authMechanism.orElse("PLAIN"), ++authStep);
            case UNSOLICITED -> ReplyContext.none();
            case COMMAND -> command(exchange);
        };
        return context.withTls(exchange.tls());
    }

    private ReplyContext command(Exchange exchange) {
        String line = exchange.sent().isEmpty() ? "" : exchange.sent().get(0);
        if (isAuth(exchange)) {
            String[] words = line.strip().split("\\s+");
            authMechanism = words.length > 1 ? Optional.of(words[1].toUpperCase(Locale.ROOT)) : Optional.empty();
            authStep = 0;
        }
        return ReplyContext.afterLine(line, exchange.before());
    }

    private static boolean isAuth(Exchange exchange) {
        return exchange.kind() == Exchange.Kind.COMMAND && !exchange.sent().isEmpty()
                && exchange.sent().get(0).regionMatches(true, 0, "AUTH", 0, 4);
    }
}
