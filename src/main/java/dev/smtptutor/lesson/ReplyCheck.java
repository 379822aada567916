package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import java.util.Optional;

/**
 * What the server's reply must be for a step to count: a code ({@code 250}) or a class ({@code 5xx}), an
 * enhanced status code ({@code 5.1.1}), and whether the line travelled inside TLS.
 *
 * @param code     the reply code, or its class when {@code classOnly}
 * @param classOnly true for "any 5xx"
 * @param enhanced the enhanced status code the reply must start with
 * @param tls      true when the line must have been sent inside TLS, false when outside
 */
public record ReplyCheck(Optional<Integer> code, boolean classOnly, Optional<EnhancedStatusCode> enhanced,
                         Optional<Boolean> tls) {

    public static final ReplyCheck ANY = new ReplyCheck(Optional.empty(), false, Optional.empty(), Optional.empty());

    /** True when the exchange's reply (and its channel) is what this check wants. */
    public boolean accepts(Exchange exchange) {
        return accepts(exchange, true);
    }

    /**
     * @param enhancedOffered false when the server did not announce ENHANCEDSTATUSCODES: then its replies
     *                        carry none (RFC 2034 §3) and only the three-digit code is checked
     */
    public boolean accepts(Exchange exchange, boolean enhancedOffered) {
        if (!enhancedOffered && enhanced.isPresent()) {
            return new ReplyCheck(code, classOnly, Optional.empty(), tls).accepts(exchange, true);
        }
        if (tls.isPresent() && tls.get() != exchange.tls()) {
            return false;
        }
        if (code.isEmpty() && enhanced.isEmpty()) {
            return true;
        }
        if (exchange.reply().isEmpty()) {
            return false;
        }
        Reply reply = exchange.reply().get();
        boolean codeOk = code.map(c -> classOnly ? reply.code() / 100 == c : reply.code() == c).orElse(true);
        boolean enhancedOk = enhanced.map(e -> reply.enhanced().filter(e::equals).isPresent()).orElse(true);
        return codeOk && enhancedOk;
    }

    /** "250", "5xx", "550 5.1.1", or empty when any reply will do. */
    public String describe() {
        String basic = code.map(c -> classOnly ? c + "xx" : String.valueOf(c)).orElse("");
        String both = (basic + " " + enhanced.map(EnhancedStatusCode::toString).orElse("")).strip();
        return both;
    }
}
