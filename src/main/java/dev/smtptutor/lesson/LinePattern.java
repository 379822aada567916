package dev.smtptutor.lesson;

/** What kind of line a step waits for: a command, the dot that ends a message, or an AUTH answer. */
public sealed interface LinePattern permits LinePattern.CommandLine, LinePattern.EndOfMessage,
        LinePattern.ChallengeAnswer {

    /** An SMTP command matching the pattern. */
    record CommandLine(CommandPattern pattern) implements LinePattern {}

    /** The line with a single "." that ends the message text after DATA (RFC 5321 §4.1.1.4). */
    record EndOfMessage() implements LinePattern {}

    /**
     * A line answering the server's 334 challenge during AUTH (RFC 4954 §4). Its content is masked in
     * every record, so only the server's reply to it can be checked.
     */
    record ChallengeAnswer() implements LinePattern {}
}
