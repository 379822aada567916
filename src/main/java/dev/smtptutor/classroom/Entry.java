package dev.smtptutor.classroom;

import dev.smtptutor.protocol.UntrustedText;
import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Exchange;
import dev.smtptutor.protocol.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a session transcript ({@code sessions/ID/*.jsonl}), written as it happens: an exchange
 * record of the simulator (what the client sent, secrets masked; the reply; the state around it; TLS
 * and AUTH facts), or a session event (opened, TLS started, identified, message stored, limit, closed).
 *
 * @param at         when, ISO-8601 UTC
 * @param kind       an exchange's kind in lower case ({@code command}, {@code greeting}, {@code auth-response},
 *                   {@code message-text}, {@code unsolicited}) or an event ({@link #OPEN}, …)
 * @param sent       the lines the client sent (AUTH secrets already {@code ********})
 * @param reply      the reply's wire lines
 * @param code       the reply code
 * @param before     the SMTP state before an exchange
 * @param after      the SMTP state after it
 * @param tls        the exchange travelled inside TLS
 * @param mechanism  the AUTH mechanism of the session so far
 * @param identity   the authenticated user after the exchange
 * @param text       an event's detail: the client's address, the TLS protocol, the limit, why it closed
 * @param user       the student, for {@link #IDENTIFIED}
 * @param how        {@code auth} or {@code ehlo}, for {@link #IDENTIFIED}; the queue id for {@link #MESSAGE}
 * @param files      the Maildir files a message went to, relative to the data folder, for {@link #MESSAGE}
 */
public record Entry(String at, String kind, List<String> sent, List<String> reply, Integer code, String before,
                    String after, Boolean tls, String mechanism, String identity, String text, String user,
                    String how, List<String> files) {

    public static final String OPEN = "open";
    public static final String TLS_STARTED = "tls";
    public static final String IDENTIFIED = "id";
    public static final String MESSAGE = "msg";
    public static final String LIMIT = "limit";
    public static final String CLOSE = "close";
    public static final String COMMAND = "command";
    public static final String MESSAGE_TEXT = "message-text";
    public static final String AUTH_RESPONSE = "auth-response";

    static Entry event(String at, String kind, String text) {
        return new Entry(at, kind, null, null, null, null, null, null, null, null, text, null, null, null);
    }

    static Entry identified(String at, String user, String how) {
        return new Entry(at, IDENTIFIED, null, null, null, null, null, null, null, null, null, user, how, null);
    }

    static Entry message(String at, String queueId, List<String> mailboxes, List<String> files) {
        return new Entry(at, MESSAGE, null, null, null, null, null, null, null, null, null,
                String.join(",", mailboxes), queueId, List.copyOf(files));
    }

    static Entry of(Exchange exchange) {
        return new Entry(exchange.at().toString(), exchange.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                exchange.sent().isEmpty() ? null : exchange.sent(),
                exchange.reply().map(Reply::wireLines).orElse(null),
                exchange.reply().map(Reply::code).orElse(null),
                exchange.before().name(), exchange.after().name(), exchange.tls(),
                exchange.auth().mechanism().orElse(null), exchange.auth().identity().orElse(null),
                null, null, null, null);
    }

    /** The entry as a JSON object: only the fields it has, in a fixed order. */
    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "at", at);
        put(out, "kind", kind);
        put(out, "sent", sent);
        put(out, "reply", reply);
        put(out, "code", code);
        put(out, "before", before);
        put(out, "after", after);
        put(out, "tls", tls);
        put(out, "mechanism", mechanism);
        put(out, "identity", identity);
        put(out, "text", text);
        put(out, "user", user);
        put(out, "how", how);
        put(out, "files", files);
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    /** An entry read back; empty when a field has the wrong type (a damaged line is not data). */
    static Optional<Entry> fromMap(Map<String, Object> map) {
        try {
            Entry entry = new Entry(string(map, "at"), string(map, "kind"), strings(map, "sent"), strings(map, "reply"),
                    map.get("code") == null ? null : ((Number) map.get("code")).intValue(), string(map, "before"),
                    string(map, "after"), (Boolean) map.get("tls"), string(map, "mechanism"), string(map, "identity"),
                    string(map, "text"), string(map, "user"), string(map, "how"), strings(map, "files"));
            return entry.at() == null || entry.kind() == null ? Optional.empty() : Optional.of(entry);
        } catch (ClassCastException e) {
            return Optional.empty();
        }
    }

    private static String string(Map<String, Object> map, String key) {
        return (String) map.get(key);
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (Object item : (List<?>) value) {
            out.add((String) item);
        }
        return List.copyOf(out);
    }

    public boolean is(String value) {
        return kind.equals(value);
    }

    /** The command the client's line parsed as (from the masked line), for a command entry. */
    public Optional<Command> command() {
        return is(COMMAND) && sent != null && !sent.isEmpty() ? Exchange.parsed(sent.get(0)) : Optional.empty();
    }

    public int replyCode() {
        return code == null ? 0 : code;
    }

    public boolean inTls() {
        return Boolean.TRUE.equals(tls);
    }

    /** The line to show as evidence: what was sent, then the reply's first line. */
    public String shown() {
        StringBuilder out = new StringBuilder();
        if (sent != null && !sent.isEmpty()) {
            out.append(sent.get(0));
        }
        if (reply != null && !reply.isEmpty()) {
            if (!out.isEmpty()) {
                out.append("  →  ");
            }
            out.append(reply.get(reply.size() - 1));
        }
        if (out.isEmpty() && text != null) {
            out.append(kind).append(": ").append(text);
        } else if (out.isEmpty()) {
            out.append(kind);
        }
        return UntrustedText.visible(out.toString());
    }

    /** The reply of this entry, from its wire lines ("250-PIPELINING"); empty when there is none or it is malformed. */
    public java.util.Optional<dev.smtptutor.protocol.Reply> parsedReply() {
        if (code == null || reply == null || reply.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (String wire : reply) {
            lines.add(wire.length() > 4 ? wire.substring(4) : "");
        }
        try {
            return java.util.Optional.of(new dev.smtptutor.protocol.Reply(code, lines));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
