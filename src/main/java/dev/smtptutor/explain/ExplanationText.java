package dev.smtptutor.explain;

import dev.smtptutor.text.DisplayWidth;
import dev.smtptutor.text.TextBundle;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An explanation as plain text lines, for any renderer that shows text (the shell, the explain command).
 * No colour and no indentation: the renderer adds its own.
 */
public final class ExplanationText {

    /** The labels in front of each line ("class", "code", "here"...), translated like every other word. */
    private static final TextBundle LABELS = Texts.bundle("dev/smtptutor/explain/labels");


    /** How much to show. */
    public enum Detail {
        /** One line: the codes and the most precise meaning. */
        SHORT,
        /** Every part, one labelled line each (labels in a column ten wide). */
        FULL
    }

    private static final String CONTINUATION = " ".repeat(10);

    private ExplanationText() {}

    /** Reads the labels of the current language now (see {@link Explainer#prepare()}). */
    static void prepare() {
        LABELS.texts(Texts.language());
    }

    public static List<String> lines(Explanation e, Detail detail) {
        if (detail == Detail.SHORT) {
            // A cause the standard codes alone lead to only repeats their meaning: it is left out (--json has it).
            return e.cause().filter(Cause::fromWords).filter(c -> !c.words().equals(e.summary()))
                    .map(c -> List.of(codes(e) + ": " + e.summary(), LABELS.get("label.cause") + ": " + c.words()))
                    .orElseGet(() -> List.of(codes(e) + ": " + e.summary()));
        }
        List<String> out = new ArrayList<>();
        out.add(labelled("class", LABELS.get("class.line", java.util.Map.of("digit", e.code() / 100,
                "name", ProtocolWords.replyClass(e.replyClass()), "meaning", e.classMeaning()))));
        if (e.rfcWording().isPresent()) {
            out.add(labelled("code", e.code() + " \"" + e.rfcWording().get() + "\""));
            out.add(CONTINUATION + e.codeMeaning());
        } else {
            out.add(labelled("code", e.code() + ": " + e.codeMeaning()));
        }
        // Plain ifs, not Optional.ifPresent with lambdas: the banner's explanation is the first screen, and
        // each lambda's first call is linked by the JVM then.
        if (e.enhanced().isPresent()) {
            out.add(labelled("enhanced", enhanced(e.enhanced().get())));
        }
        if (e.inContext().isPresent()) {
            out.add(labelled("here", e.inContext().get()));
        }
        if (e.challenge().isPresent()) {
            out.add(labelled("challenge", e.challenge().get().explanation()));
        }
        for (CapabilityNote note : e.capabilities()) {
            out.add(labelled("extension", note.line() + (note.known() ? "" : " " + LABELS.get("extension.unknown")) + ": " + note.explanation()));
        }
        for (String note : e.notes()) {
            out.add(labelled("note", note));
        }
        if (e.cause().isPresent() && e.cause().get().fromWords()) {
            Cause c = e.cause().get();
            out.add(labelled("cause", c.words()));
            if (!c.senderAction().equals(e.next())) {
                out.add(labelled("sender", c.senderAction()));
            }
            out.add(labelled("admin", c.adminAction()));
        }
        out.add(labelled("next", e.next()));
        return out;
    }

    /** "550" or "550 5.1.1". */
    static String codes(Explanation e) {
        return e.enhanced().isPresent() ? e.code() + " " + e.enhanced().get().code() : String.valueOf(e.code());
    }

    private static String enhanced(EnhancedMeaning m) {
        String quotedTitle = m.specific() && m.title().isPresent() ? " \"" + m.title().get() + "\"" : "";
        return m.code() + quotedTitle + ": " + m.plain();
    }

    private static String labelled(String label, String text) {
        return DisplayWidth.padRight(LABELS.get("label." + label), 9) + " " + text;
    }
}
