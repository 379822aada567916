package dev.smtptutor.explain;

import dev.smtptutor.protocol.ReplyClass;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SyntaxProblem;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;

/**
 * The words for values of the pure {@code protocol} package, which has none of its own: reply class
 * names, why a line is no reply line, why a command breaks the grammar. They live in
 * {@code dev/smtptutor/protocol/words.properties} (and its translations), keyed by each value's
 * {@code key()}; the layer that shows a value asks here.
 */
public final class ProtocolWords {

    /** The bundle's name, for a layer that may not import explain (the client). */
    public static final String BUNDLE = "dev/smtptutor/protocol/words";

    private static final TextBundle WORDS = Texts.bundle(BUNDLE);

    private ProtocolWords() {}

    /** "Permanent Negative Completion", as RFC 5321 §4.2.1 names the class, in the current language. */
    public static String replyClass(ReplyClass replyClass) {
        return WORDS.get(replyClass.key());
    }

    /** Why a line is not a reply line, in the current language. */
    public static String replyLine(ReplyParser.Malformed malformed) {
        return WORDS.get(malformed.problem().key(), malformed.wordValues());
    }

    /** What the grammar wants where a command broke it, in the current language. */
    public static String syntax(SyntaxProblem problem) {
        return WORDS.get(problem.key());
    }
}
