package dev.smtptutor.explain;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyClass;
import java.util.List;
import java.util.Optional;

/**
 * A reply explained the way a patient teacher would: from the general (the class of the code) to the
 * particular (what it means right after the command you sent), ending with what to do next.
 *
 * @param reply        the reply explained
 * @param replyClass   its class (first digit)
 * @param classMeaning the class in plain words
 * @param rfcWording   the basic code's meaning as its RFC words it; empty for a code the tutor does not know
 * @param codeMeaning  the basic code in plain words; for an unknown code, what its digits say
 * @param enhanced     the enhanced status code, when the reply carries one
 * @param inContext    what the reply means after this command in this state; empty when the moment is unknown
 *                     or nothing more precise than {@code codeMeaning} applies
 * @param next         what to do next
 * @param challenge    for a 334 during AUTH, the decoded challenge
 * @param capabilities for a positive EHLO reply, one note per extension line, in the server's order
 * @param notes        further remarks (an enhanced class that contradicts the code, AUTH offered before TLS)
 * @param specific     true when anything beyond the generic class fallback was found
 * @param cause        the reason behind a negative reply, read from its words and codes (causes.tsv)
 */
public record Explanation(Reply reply, ReplyClass replyClass, String classMeaning, Optional<String> rfcWording,
                          String codeMeaning, Optional<EnhancedMeaning> enhanced, Optional<String> inContext,
                          String next, Optional<Challenge> challenge, List<CapabilityNote> capabilities,
                          List<String> notes, boolean specific,
                          Optional<Cause> cause) {

    public Explanation {
        capabilities = List.copyOf(capabilities);
        notes = List.copyOf(notes);
    }

    public int code() {
        return reply.code();
    }

    /**
     * The most precise meaning found, in one sentence or two: what a 334 challenge asks for, else what the
     * reply means by a provider's own words or code, else what it
     * means here, else what its enhanced code says (when written for it), else what the basic code says.
     * This is the short form of the explanation.
     */
    public String summary() {
        return challenge.map(Challenge::explanation)
                .or(() -> cause.filter(c -> c.fromWords() && c.providerSpecific()).map(Cause::words))
                .or(() -> inContext)
                .or(() -> enhanced.filter(EnhancedMeaning::specific).map(EnhancedMeaning::plain))
                .orElse(codeMeaning);
    }

    /** The capabilities the tutor does not know, by keyword. */
    public List<String> unknownCapabilities() {
        return capabilities.stream().filter(c -> !c.known()).map(CapabilityNote::keyword).toList();
    }
}
