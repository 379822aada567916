package dev.smtptutor.lesson;

import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.sim.StoredMessage;
import java.util.List;
import java.util.Optional;

/** Why an exchange did not complete the current step: the material for feedback without scolding. */
public sealed interface Miss permits Miss.OtherLine, Miss.WrongReply, Miss.NotYet, Miss.DeliveredOther,
        Miss.OtherMechanism {

    /** The exchange that was not enough. */
    Exchange exchange();

    /** The line is not the one the step waits for. */
    record OtherLine(Exchange exchange, Optional<Mistake> known) implements Miss {}

    /** The right line, but the server answered otherwise than the step expects. */
    record WrongReply(Exchange exchange, Optional<Mistake> known) implements Miss {}

    /** The server refused something on the way to the step's outcome. */
    record NotYet(Exchange exchange, Optional<Mistake> known) implements Miss {}

    /** A message was delivered, but not the one the step describes. */
    record DeliveredOther(Exchange exchange, StoredMessage message, List<DeliveryCheck.Difference> differences)
            implements Miss {
        public DeliveredOther {
            differences = List.copyOf(differences);
        }
    }

    /** Logged in, with another mechanism than the step's. */
    record OtherMechanism(Exchange exchange, String used) implements Miss {}
}
