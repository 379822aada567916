package dev.smtptutor.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of a session transcript ({@code sessions/ID/*.jsonl}), written as it happens. Secrets never
 * reach it: AUTH answers are stored as {@code ********}.
 *
 * @param at     when, ISO-8601 UTC
 * @param kind   {@link Kind}: what happened
 * @param text   the client's line ({@code c}), the reply's wire lines joined by newline ({@code s}),
 *               the client's address ({@code open}), why ({@code close}), the limit ({@code limit}),
 *               the protocol and cipher ({@code tls})
 * @param code   the reply code, for {@code s}
 * @param user   the student, for {@code id}; the mailboxes, for {@code msg}
 * @param how    {@code auth} or {@code ehlo}, for {@code id}; the queue id for {@code msg}
 * @param files  the Maildir files a message went to, relative to the data folder, for {@code msg}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entry(String at, String kind, String text, Integer code, String user, String how, List<String> files) {

    /** The kinds of entries, as written in the {@code kind} field. */
    public static final class Kind {
        public static final String OPEN = "open";
        public static final String CLIENT = "c";
        public static final String SERVER = "s";
        public static final String TLS = "tls";
        public static final String IDENTIFIED = "id";
        public static final String MESSAGE = "msg";
        public static final String LIMIT = "limit";
        public static final String CLOSE = "close";

        private Kind() {}
    }

    static Entry of(String at, String kind, String text) {
        return new Entry(at, kind, text, null, null, null, null);
    }

    public boolean is(String value) {
        return kind.equals(value);
    }

    /** The reply's wire lines, for a server entry. */
    public List<String> replyLines() {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }
}
