package dev.smtptutor.lesson;

import java.util.Optional;

/**
 * What makes a step done: a line the learner sends and the server's answer to it, or an outcome on the
 * server, whatever lines led to it.
 */
public sealed interface Expectation permits Expectation.Send, Expectation.Delivered, Expectation.Authenticated {

    /** A line of the given kind, answered as the check says. */
    record Send(LinePattern line, ReplyCheck reply) implements Expectation {}

    /** The simulator accepted a message like this (since the step began). */
    record Delivered(DeliveryCheck message) implements Expectation {}

    /** The server said 235 to an AUTH exchange, with this mechanism when one is named (RFC 4954 §6). */
    record Authenticated(Optional<String> mechanism) implements Expectation {}
}
