package dev.smtptutor.sim;

import dev.smtptutor.protocol.Reply;

/** What a SASL mechanism says after each client message (RFC 4954 §4). */
sealed interface SaslStep permits SaslStep.Challenge, SaslStep.Success, SaslStep.Failure {

    /** Send "334 " + this base64 challenge and wait for the client's answer. */
    record Challenge(String base64) implements SaslStep {}

    /** The client proved who it is. */
    record Success(String user) implements SaslStep {}

    /** The exchange ends with this reply. */
    record Failure(Reply reply) implements SaslStep {}
}
