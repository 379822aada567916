package dev.smtptutor.protocol;

/** What {@link CommandParser} made of one line. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Unknown, ParseResult.Malformed {

    /** A well-formed command. */
    record Parsed(Command command) implements ParseResult {}

    /** The first word is not a command smtp-tutor knows (RFC 5321 §4.2.4: answer 500/502). */
    record Unknown(String word) implements ParseResult {}

    /** A known verb whose arguments break the grammar. */
    record Malformed(Verb verb, SyntaxProblem problem) implements ParseResult {}
}
