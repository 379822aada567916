package dev.smtptutor.sim;

import java.time.Duration;

/** What a scenario rule does when it matches; a rule's {@code then:} is a list of these, in this order. */
public sealed interface RuleAction
        permits RuleAction.Delay, RuleAction.Respond, RuleAction.Bounce, RuleAction.Disconnect {

    /** Wait before answering (a slow server: the lesson on client timeouts, RFC 5321 §4.5.3.2). */
    record Delay(Duration duration) implements RuleAction {}

    /** Answer with this reply instead of the simulator's own; the command has no other effect. */
    record Respond(ReplyTemplate reply) implements RuleAction {}

    /**
     * Accept the recipient now and fail it at delivery: the sender gets a delivery status notification
     * (RFC 3464) with this reply as its Diagnostic-Code. Only for RCPT.
     */
    record Bounce(ReplyTemplate reply) implements RuleAction {}

    /** Close the connection, after the reply if there is one. */
    record Disconnect() implements RuleAction {}
}
