package dev.smtptutor.explain;

/**
 * The reason behind a refused or delayed message, read from a reply's words and codes (see causes.tsv).
 *
 * @param id           the cause, in the spirit of Sisimai's reason names: userunknown, blocklisted, ...
 * @param key          the row's words in causes.properties, e.g. "blocked.microsoft-banned"
 * @param words        what it means, in plain words, with what the reply named (IP, list, domain) filled in
 * @param senderAction what the sender can do
 * @param adminAction  what the receiving side's (or the sending side's) administrator would look at
 * @param fromWords    true when the reply's words (or a provider's own code) tell more than its standard codes:
 *                     false when the codes alone lead to the same cause, which then only repeats their meaning
 */
public record Cause(String id, String key, String words, String senderAction, String adminAction, boolean fromWords) {

    /** A provider's own meaning or a specific variant of a cause (its key has a qualifier: "blocked.microsoft-banned"). */
    public boolean providerSpecific() {
        return key.contains(".");
    }
}
