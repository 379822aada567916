package dev.smtptutor.sim;

import java.util.Optional;

/** One SASL exchange, server side. A new instance per AUTH command; it may keep state between steps. */
interface SaslMechanism {

    /** The AUTH command arrived, with its initial response (already "=" → "" per RFC 4954 §4). */
    SaslStep start(Optional<String> initialResponse);

    /** The client answered the last challenge with this base64 line. */
    SaslStep respond(String base64);
}
