package dev.smtptutor.classroom;

import dev.smtptutor.protocol.Command;
import dev.smtptutor.protocol.Verb;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One machine-checkable criterion, judged on what the server saw of an {@link Attempt}. Each kind is
 * one row: its YAML key, how it reads its value, how it judges. Evidence is the entries that met it,
 * or the first that broke it.
 */
sealed interface Check {

    Verdict judge(Attempt attempt);

    /** The words that name it in reports, e.g. "STARTTLS before AUTH", in the teacher's language. */
    default String label() {
        return label(Texts.language());
    }

    /** The words that name it in this language (English for feedback on the wire). */
    String label(Language language);

    /** {@code sender: own} or an address: the envelope sender (MAIL FROM). */
    record Sender(String address) implements Check {
        public Verdict judge(Attempt a) {
            String wanted = address.equals("own") ? a.ownAddress() : address;
            Optional<Entry> mail = a.mail();
            return mail.map(m -> m.command().flatMap(Command::path).filter(p -> p.address().equalsIgnoreCase(wanted))
                    .isPresent() ? Verdict.met(m) : Verdict.missed(m)).orElse(Verdict.missed());
        }

        public String label(Language language) {
            return address.equals("own") ? Words.in(language, "check.sender-own") : Words.in(language, "check.sender", "address", address);
        }
    }

    /** {@code recipient: bob@example.test}: one of the accepted RCPTs. */
    record Recipient(String address) implements Check {
        public Verdict judge(Attempt a) {
            List<Entry> rcpts = a.accepted(Verb.RCPT);
            for (Entry rcpt : rcpts) {
                if (rcpt.command().flatMap(Command::path).filter(p -> p.address().equalsIgnoreCase(address)).isPresent()) {
                    return Verdict.met(rcpt);
                }
            }
            return rcpts.isEmpty() ? Verdict.missed() : Verdict.missed(rcpts.get(0));
        }

        public String label(Language language) {
            return Words.in(language, "check.recipient", "address", address);
        }
    }

    /** {@code header: Subject}: the message has that header field, not empty. */
    record Header(String name) implements Check {
        public Verdict judge(Attempt a) {
            return MessageHeaders.of(a.content()).value(name).filter(v -> !v.isBlank()).isPresent()
                    ? Verdict.met(a.accepted()) : Verdict.missed(a.accepted());
        }

        public String label(Language language) {
            return Words.in(language, "check.header", "name", name);
        }
    }

    /** {@code body: text}: the body (after the header block) contains the text, ignoring case. */
    record Body(String text) implements Check {
        public Verdict judge(Attempt a) {
            return MessageHeaders.body(a.content()).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                    ? Verdict.met(a.accepted()) : Verdict.missed(a.accepted());
        }

        public String label(Language language) {
            return Words.in(language, "check.body", "text", text);
        }
    }

    /** {@code tls: true}: the message travelled inside TLS. */
    record Tls() implements Check {
        public Verdict judge(Attempt a) {
            Entry last = a.accepted();
            if (!last.inTls()) {
                return Verdict.missed(a.mail().orElse(last));
            }
            return a.session().stream().filter(e -> e.is(Entry.TLS_STARTED)).findFirst()
                    .map(tls -> Verdict.met(tls, last)).orElse(Verdict.met(last));
        }

        public String label(Language language) {
            return Words.in(language, "check.tls");
        }
    }

    /** {@code auth: any} or a mechanism: a successful AUTH (235) in the session. */
    record Auth(String mechanism) implements Check {
        public Verdict judge(Attempt a) {
            Optional<Entry> success = successfulAuth(a);
            if (success.isEmpty()) {
                return Verdict.missed(firstAuth(a).stream().toArray(Entry[]::new));
            }
            String used = success.get().mechanism() == null ? "" : success.get().mechanism();
            return mechanism.equals("any") || used.equalsIgnoreCase(mechanism)
                    ? Verdict.met(success.get()) : Verdict.missed(success.get());
        }

        public String label(Language language) {
            return mechanism.equals("any") ? Words.in(language, "check.auth-any") : Words.in(language, "check.auth", "mechanism", mechanism);
        }
    }

    /** {@code order: starttls-before-auth} or {@code ehlo-after-starttls}: RFC 3207 §4.2 and RFC 4954 §4. */
    record Order(String rule) implements Check {
        static final List<String> RULES = List.of("starttls-before-auth", "ehlo-after-starttls");

        public Verdict judge(Attempt a) {
            Optional<Entry> startTls = a.session().stream()
                    .filter(e -> e.command().map(Command::verb).orElse(null) == Verb.STARTTLS && e.replyCode() == 220)
                    .findFirst();
            if (rule.equals("starttls-before-auth")) {
                Optional<Entry> auth = successfulAuth(a);
                if (auth.isEmpty()) {
                    return Verdict.missed(firstAuth(a).stream().toArray(Entry[]::new));
                }
                return auth.get().inTls() && startTls.isPresent() ? Verdict.met(startTls.get(), auth.get())
                        : Verdict.missed(auth.get());
            }
            if (startTls.isEmpty()) {
                return Verdict.missed();
            }
            int after = a.session().indexOf(startTls.get());
            for (Entry entry : a.session().subList(after + 1, a.session().size())) {
                Optional<Verb> verb = entry.command().map(Command::verb);
                if (verb.isPresent() && (verb.get() == Verb.EHLO) && entry.replyCode() == 250) {
                    return Verdict.met(startTls.get(), entry);
                }
                if (verb.isPresent() && verb.get() != Verb.NOOP && verb.get() != Verb.RSET) {
                    return Verdict.missed(entry);
                }
            }
            return Verdict.missed(startTls.get());
        }

        public String label(Language language) {
            return Words.in(language, "check.order." + rule);
        }
    }

    /** {@code no-5xx: true}: no permanent error in the session before the message was accepted. */
    record NoPermanentError() implements Check {
        public Verdict judge(Attempt a) {
            for (Entry entry : a.session()) {
                if (entry.replyCode() >= 500) {
                    return Verdict.missed(entry);
                }
            }
            return Verdict.met(a.accepted());
        }

        public String label(Language language) {
            return Words.in(language, "check.no-5xx");
        }
    }

    /** {@code dsn: NOTIFY} (or RET, ENVID, ORCPT): a DSN parameter on MAIL or RCPT (RFC 3461 §4). */
    record Dsn(String parameter) implements Check {
        static final List<String> PARAMETERS = List.of("NOTIFY", "RET", "ENVID", "ORCPT");

        public Verdict judge(Attempt a) {
            List<Entry> carriers = new ArrayList<>();
            a.mail().ifPresent(carriers::add);
            carriers.addAll(a.accepted(Verb.RCPT));
            for (Entry entry : carriers) {
                if (entry.command().map(c -> c.hasParameter(parameter)).orElse(false)) {
                    return Verdict.met(entry);
                }
            }
            return carriers.isEmpty() ? Verdict.missed() : Verdict.missed(carriers.get(0));
        }

        public String label(Language language) {
            return Words.in(language, "check.dsn", "parameter", parameter);
        }
    }

    /** {@code bdat: true}: the message came in BDAT chunks (RFC 3030). */
    record Bdat() implements Check {
        public Verdict judge(Attempt a) {
            List<Entry> chunks = a.accepted(Verb.BDAT);
            return chunks.isEmpty() ? Verdict.missed(a.accepted()) : Verdict.met(chunks);
        }

        public String label(Language language) {
            return Words.in(language, "check.bdat");
        }
    }

    /** {@code retry-after: 451}: an earlier try got this temporary code, and the retry went through. */
    record Retry(int code) implements Check {
        public Verdict judge(Attempt a) {
            List<Entry> before = new ArrayList<>(a.earlier());
            before.addAll(a.session());
            for (Entry entry : before) {
                if (entry.replyCode() == code) {
                    return Verdict.met(entry, a.accepted());
                }
            }
            return Verdict.missed();
        }

        public String label(Language language) {
            return Words.in(language, "check.retry", "code", code);
        }
    }

    /** {@code size-declared: true}: MAIL announced SIZE= (RFC 1870) and the message fit in it. */
    record SizeDeclared() implements Check {
        public Verdict judge(Attempt a) {
            Optional<Entry> mail = a.mail();
            Optional<String> size = mail.flatMap(Entry::command).flatMap(c -> c.parameter("SIZE"));
            if (size.isEmpty()) {
                return mail.map(Verdict::missed).orElse(Verdict.missed());
            }
            try {
                return Long.parseLong(size.get()) >= a.content().length ? Verdict.met(mail.get(), a.accepted())
                        : Verdict.missed(mail.get());
            } catch (NumberFormatException e) {
                return Verdict.missed(mail.get());
            }
        }

        public String label(Language language) {
            return Words.in(language, "check.size-declared");
        }
    }

    private static Optional<Entry> successfulAuth(Attempt a) {
        for (Entry entry : a.session()) {
            if (entry.replyCode() == 235) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static Optional<Entry> firstAuth(Attempt a) {
        return a.session().stream().filter(e -> e.command().map(Command::verb).orElse(null) == Verb.AUTH).findFirst();
    }
}
