package dev.smtptutor.cli;

import dev.smtptutor.classroom.Entry;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.web.TranscriptLine;
import dev.smtptutor.web.WebTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A classroom transcript (its JSON-lines entries) as the pages' lines, every reply explained. */
final class TranscriptLines {

    private TranscriptLines() {}

    static List<TranscriptLine> of(List<Entry> entries) {
        WebTexts words = WebTexts.standard();
        List<TranscriptLine> out = new ArrayList<>();
        for (Entry entry : entries) {
            Instant at = ClassroomWebView.instant(entry.at());
            boolean tls = entry.inTls();
            switch (entry.kind()) {
                case Entry.OPEN -> out.add(event(at, words.get("event.open", "client", text(entry))));
                case Entry.TLS_STARTED -> out.add(new TranscriptLine(at, TranscriptLine.Side.TLS_START,
                        List.of(text(entry)), true, 0, List.of()));
                case Entry.IDENTIFIED -> out.add(event(at, words.get("event.identified", "user", orEmpty(entry.user()),
                        "how", orEmpty(entry.how()))));
                case Entry.MESSAGE -> out.add(event(at, words.get("event.message", "id", orEmpty(entry.how()))));
                case Entry.LIMIT -> out.add(event(at, words.get("event.limit", "limit", text(entry))));
                case Entry.CLOSE -> out.add(event(at, words.get("event.close", "why", text(entry))));
                default -> exchange(out, entry, at, tls);
            }
        }
        return out;
    }

    private static void exchange(List<TranscriptLine> out, Entry entry, Instant at, boolean tls) {
        if (entry.sent() != null) {
            entry.sent().forEach(line -> out.add(WebViews.client(at, line, tls)));
        }
        entry.parsedReply().ifPresent(reply -> {
            Optional<String> answering = switch (entry.kind()) {
                case "greeting" -> Optional.empty();
                case Entry.MESSAGE_TEXT -> Optional.of(".");
                default -> Optional.of(entry.sent() == null || entry.sent().isEmpty() ? "" : entry.sent().get(0));
            };
            out.add(WebViews.reply(at, reply, answering, state(entry.before()), tls));
        });
    }


    private static Optional<SmtpState> state(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(SmtpState.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TranscriptLine event(Instant at, String text) {
        return new TranscriptLine(at, TranscriptLine.Side.EVENT, List.of(text), false, 0, List.of());
    }

    private static String text(Entry entry) {
        return orEmpty(entry.text());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
