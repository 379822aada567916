package dev.smtptutor.shell;

import dev.smtptutor.protocol.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * A message exchange shortened for the screen: its first lines, how many were left out, and the final
 * dot. The server got every line; a base64 attachment of a thousand lines teaches nothing more than
 * its first ones.
 */
final class SendEcho {

    static final int SHOWN = 40;

    private SendEcho() {}

    static Exchange abbreviated(Exchange exchange) {
        List<String> sent = exchange.sent();
        if (exchange.kind() != Exchange.Kind.MESSAGE || sent.size() <= SHOWN + 2) {
            return exchange;
        }
        List<String> shown = new ArrayList<>(sent.subList(0, SHOWN));
        shown.add(Messages.get("send.lines-cut", "count", sent.size() - SHOWN - 1));
        shown.add(sent.get(sent.size() - 1));
        return exchange.withSent(shown);
    }
}
