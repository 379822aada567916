package dev.smtptutor.shell;

import dev.smtptutor.mail.Checked;
import dev.smtptutor.mail.HeaderGuide;
import dev.smtptutor.mail.MessageParser;
import dev.smtptutor.mail.MimePart;
import dev.smtptutor.mail.ParsedMessage;
import dev.smtptutor.protocol.Path;
import dev.smtptutor.sim.StoredMessage;
import dev.smtptutor.text.DisplayWidth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A delivered message parsed with Jakarta Mail: the envelope beside the headers (the lesson that the
 * server delivers to RCPT TO, whatever the To: header says), the MIME tree, and each part decoded.
 */
final class MessageView {

    private MessageView() {}

    static String subject(StoredMessage message) {
        Checked<ParsedMessage> parsed = MessageParser.parse(message.content());
        if (parsed instanceof Checked.Ok<ParsedMessage> ok) {
            return ok.value().header("Subject").map(s -> "\"" + s + "\"").orElse(Messages.get("mailbox.no-subject"));
        }
        return Messages.get("mailbox.unparsable");
    }

    static void show(ShellOutput out, StoredMessage message) {
        out.line(Messages.get("mailbox.heading", "id", message.id()), out.styles().bold());
        List<String> envelope = new ArrayList<>();
        envelope.add("MAIL FROM:" + message.envelope().sender());
        for (Path recipient : message.envelope().recipientPaths()) {
            envelope.add("RCPT TO:" + recipient);
        }
        Checked<ParsedMessage> parsed = MessageParser.parse(message.content());
        List<String> headers = new ArrayList<>();
        if (parsed instanceof Checked.Ok<ParsedMessage> ok) {
            ok.value().headers().forEach(h -> headers.add(h.name() + ": " + h.decoded()));
        } else {
            headers.add(((Checked.Bad<ParsedMessage>) parsed).problem());
        }
        columns(out, envelope, headers);
        out.blank();
        if (parsed instanceof Checked.Ok<ParsedMessage> ok) {
            tree(out, ok.value().body(), true);
        } else {
            message.contentAsText().lines().forEach(line -> out.line("  | " + line));
        }
        out.hint(Messages.get("mailbox.envelope-lesson"));
    }

    private static void columns(ShellOutput out, List<String> envelope, List<String> headers) {
        // Terminal columns, not chars: the headings are words in the learner's language (信封 takes four).
        String heading = Messages.get("mailbox.envelope");
        int width = Math.max(Math.max(36, DisplayWidth.of(heading) + 2),
                envelope.stream().mapToInt(DisplayWidth::of).max().orElse(0) + 2);
        out.line("  " + DisplayWidth.padRight(heading, width) + " " + Messages.get("mailbox.headers"), out.styles().dim());
        int rows = Math.max(envelope.size(), headers.size());
        envelope.addAll(Collections.nCopies(rows - envelope.size(), ""));
        headers.addAll(Collections.nCopies(rows - headers.size(), ""));
        for (int i = 0; i < rows; i++) {
            out.line("  " + DisplayWidth.padRight(envelope.get(i), width) + " " + headers.get(i));
        }
    }

    /**
     * The MIME tree, one line per part indented by depth, each explained; with {@code decoded}, the
     * text of every text part follows, decoded from its transfer encoding and charset.
     */
    static void tree(ShellOutput out, MimePart root, boolean decoded) {
        out.line(HeaderGuide.word("tree", Map.of()), out.styles().bold());
        for (MimePart part : root.flatten()) {
            String indent = "  ".repeat(1 + depth(part));
            out.line(indent + label(part) + "  " + part.contentType() + facts(part));
            out.wrapped(indent + "    " + HeaderGuide.part(part), out.styles().dim());
        }
        if (!decoded) {
            return;
        }
        for (MimePart part : root.flatten()) {
            if (!part.children().isEmpty()) {
                continue;
            }
            out.blank();
            if (part.text().isPresent()) {
                out.line(Messages.get("mailbox.part-text", Map.of("part", label(part), "type", part.mimeType())),
                        out.styles().dim());
                part.text().get().lines().forEach(line -> out.line("  | " + line));
            } else {
                out.line(Messages.get("mailbox.part-binary", Map.of("part", label(part), "type", part.mimeType(),
                        "size", part.decodedSize())), out.styles().dim());
            }
        }
    }

    private static String label(MimePart part) {
        return part.number().isEmpty() ? Messages.get("mailbox.part-root") : Messages.get("mailbox.part", "number", part.number());
    }

    private static int depth(MimePart part) {
        return part.number().isEmpty() ? 0 : part.number().split("\\.").length;
    }

    /** "(file "x.pdf", base64, 1234 bytes decoded)" for a leaf; nothing more for a multipart. */
    private static String facts(MimePart part) {
        if (!part.children().isEmpty()) {
            return "";
        }
        List<String> facts = new ArrayList<>();
        part.fileName().ifPresent(name -> facts.add(HeaderGuide.word("file", Map.of("file", name))));
        part.transferEncoding().ifPresent(facts::add);
        facts.add(HeaderGuide.word("size", Map.of("size", part.decodedSize())));
        return "  (" + String.join(", ", facts) + ")";
    }
}
