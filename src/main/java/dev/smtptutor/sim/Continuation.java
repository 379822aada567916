package dev.smtptutor.sim;

import dev.smtptutor.protocol.InputLine;
import java.util.List;

/** A phase in which lines are not commands: the message text after DATA, or AUTH responses. */
interface Continuation {
    List<SessionAction> accept(InputLine line, SessionState session);

    /** The longest line this phase accepts, in octets without CRLF. */
    int maxLineLength();
}
