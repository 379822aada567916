package dev.smtptutor.mail;

import dev.smtptutor.protocol.EnhancedStatusCode;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the failed recipients in a bounce written for people, whatever software wrote it: Postfix's
 * "&lt;bob@example.net&gt;: host mx[192.0.2.25] said: 550 ...", Exim's indented address and "SMTP error from
 * remote mail server after RCPT TO", Sendmail's "&lt;&lt;&lt; 550" transcript, qmail's "Remote host said:", Exchange's
 * "Remote Server returned '550 ...'", Gmail's "wasn't delivered to bob@example.net", Domino's "was not delivered
 * to: ... because:", and the like. It reads the text as an administrator does: an address standing at the
 * start of a line, or after words such as "delivered to", names a recipient; the reply and the words that
 * follow it, up to the next recipient, say what happened to it. Pure: works on the text handed in.
 */
final class NoticeReader {

    static final String ADDRESS = "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+";
    private static final Pattern ANY_ADDRESS = Pattern.compile("<?(" + ADDRESS + ")>?");
    // An address first on its line: "<bob@example.net>:", "bob@example.net", "bob@example.net: 550 ...", "<bob@x>... User unknown".
    private static final Pattern LEADING = Pattern.compile("^\\s*(?:(?:Failed|Final|Original)[ -]Recipient:?\\s*(?:rfc822;\\s*)?)?"
            + "[\"']?<?(" + ADDRESS + ")>?[\"']?\\s*(?:$|:|\\.{3}|,|\\s+\\(|\\s+-|\\s+host\\b|\\s+on\\b|\\s+\\S|<mailto:|\\[mailto:)",
            Pattern.CASE_INSENSITIVE);
    // A line that is only a name and the address: "Bob Smith (bob@example.com)", "Bob <bob@example.com><mailto:...>".
    private static final Pattern NAMED = Pattern.compile("^\\s*\\p{L}[\\p{L}\\p{N} .,'\"-]{0,60}?\\s*[(<](" + ADDRESS
            + ")[)>]\\s*(?:[<\\[]mailto:[^>\\]]*[>\\]])?\\s*$");
    // Words that name the recipient before its address, in the notices of many servers.
    private static final Pattern CUED = Pattern.compile("(?:(?:wasn't|was not|couldn't be|could not be|not|be) delivered to|"
            + "delivery (?:to|of [^.]{0,40} to)(?: the following)?(?: recipients?)?(?: failed)?:?|(?:could not|unable to|failed to) deliver (?:your |the )?(?:message |mail )?to|"
            + "message to|addressed to|recipient(?: address)?(?: was)?:|failed recipient:|undeliverable to|for the recipient|rejected for|to the following address(?:es)?:?)"
            + "\\s*(?:the following (?:recipients?|address(?:es)?)(?:\\(s\\))?:?)?\\s*(?:rfc822;\\s*)?[\"']?<?(" + ADDRESS + ")>?",
            Pattern.CASE_INSENSITIVE);
    // Sendmail and Courier transcripts: ">>> RCPT To:<bob@example.net>" then "<<< 550 ...".
    private static final Pattern SENT_RCPT = Pattern.compile("^\\s*>>>\\s*RCPT\\s+TO:?\\s*<?(" + ADDRESS + ")>?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENT_COMMAND = Pattern.compile("^\\s*>>>\\s*(.+)$");
    private static final Pattern RECEIVED = Pattern.compile("^\\s*<<<\\s*(.+)$");
    private static final Pattern HEADER_LINE = Pattern.compile("^(?:From|To|Cc|Bcc|Reply-To|Sender|Return-Path|Delivered-To|"
            + "X-[\\w-]+|Message-ID|In-Reply-To|References|Received|Envelope-To|Resent-[\\w-]+|Subject|Date|Authentication-Results|"
            + "DKIM-Signature|ARC-[\\w-]+|List-[\\w-]+|Reporting-MTA|Arrival-Date):\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern DSN_RECIPIENT = Pattern.compile("^(?:Final|Original)-Recipient:", Pattern.CASE_INSENSITIVE);
    // Where the returned copy of the original message starts: its words are the sender's, not the bounce's.
    private static final Pattern COPY_STARTS = Pattern.compile("^\\s*[-=_*]*\\s*(?:this is a copy of the message|below (?:this line )?is a copy of the"
            + "|(?:the )?original message(?: headers?)?(?: follows| is attached|:)|-+ ?original message ?-+|unsent message(?: follows)?|"
            + "returned message|a copy of (?:the|your) (?:original )?message|original message headers|undelivered message|"
            + "message headers follow|headers of the original message)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENDER_COMMAND = Pattern.compile("MAIL\\s+FROM:?\\s*<[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> REMOTE_HOST = List.of(
            Pattern.compile("\\bhost\\s+([\\w.-]+\\.[a-z]{2,})\\s*\\[([0-9a-f.:]+)]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("while talking to\\s+([\\w.-]+?)\\.?:", Pattern.CASE_INSENSITIVE),
            // Gmail: "rejected by the server for the recipient domain example.com by mx.example.com. [192.0.2.1]."
            Pattern.compile("\\bby\\s+([\\w.-]+\\.[a-z]{2,})\\.?\\s*\\[([0-9a-f.:]+)]", Pattern.CASE_INSENSITIVE),
            Pattern.compile("([\\w.-]+\\.[a-z]{2,}|\\d{1,3}(?:\\.\\d{1,3}){3})\\s+does not like recipient", Pattern.CASE_INSENSITIVE),
            Pattern.compile("connect(?:ion)? to\\s+([\\w.-]+\\.[a-z]{2,})\\s*\\[", Pattern.CASE_INSENSITIVE),
            Pattern.compile("Remote[- ](?:host|server|MTA)(?: \\(MTA\\))?:?\\s+(?:dns;\\s*)?([\\w-]+(?:\\.[\\w-]+)+)(?=\\s|$|\\[)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*<?" + ADDRESS + ">?:?\\s+([\\w-]+(?:\\.[\\w-]+)+)\\s*\\[\\d", Pattern.CASE_INSENSITIVE));
    private static final Pattern QMAIL_STATUS = Pattern.compile("\\(#([245]\\.\\d{1,3}\\.\\d{1,3})\\)");
    private static final Pattern PROSE_STATUS = Pattern.compile("(?:status(?: code)?|error(?: code)?)[: ]\\s*#?([245]\\.\\d{1,3}\\.\\d{1,3})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_REPLY_TO = Pattern.compile("\\(in reply to (.+?) command\\)|after (RCPT TO|MAIL FROM|DATA|end of data)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELAYED = Pattern.compile("will (?:continue to |keep )?(?:try|retry)|still (?:being )?(?:retried|trying)"
            + "|has not yet been delivered|not (?:been )?delivered yet|delivery (?:has been |is )?delayed|\\bdelayed mail\\b|warning: message",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SYSTEM_LOCAL_PARTS = Set.of("mailer-daemon", "postmaster", "no-reply", "noreply",
            "root", "double-bounce", "bounce", "bounces");
    private static final int MAX_LINES = 20_000;
    private static final int DIAGNOSTIC_LINES = 3;

    /** One recipient found in the text, filled in as the lines after it are read. */
    static final class Found {
        final String address;
        Optional<Reply> reply = Optional.empty();
        Optional<String> diagnostic = Optional.empty();
        Optional<String> remoteHost = Optional.empty();
        Optional<String> answering = Optional.empty();
        Optional<EnhancedStatusCode> status = Optional.empty();
        int diagnosticLines;

        Found(String address) {
            this.address = address;
        }
    }

    /** What the text holds: the recipients, replies that belong to none, and whether it says delivery goes on. */
    record Notice(List<RecipientStatus> recipients, List<FoundReply> loose, boolean delayed) {}

    private NoticeReader() {}

    /**
     * @param text     the prose of the bounce, decoded
     * @param excluded addresses that are not recipients: who sent the bounce, and to whom (the original sender)
     * @param where    how to name a line for the reader, with {line}
     */
    static Notice read(String text, Set<String> excluded, String where) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<FoundReply> loose = new ArrayList<>();
        Found current = null;
        String pendingCommand = null;
        ReplyParser block = new ReplyParser();
        List<ReplyFinder.Line> lines = logicalLines(unquote(text));
        int count = 0;
        for (ReplyFinder.Line line : lines) {
            if (++count > MAX_LINES) {
                break;
            }
            String content = line.text().strip();
            if (COPY_STARTS.matcher(content).find() && !found.isEmpty()) {
                break;
            }
            if (content.isEmpty()) {
                continue;
            }
            if (HEADER_LINE.matcher(content).find() || DSN_RECIPIENT.matcher(content).find()) {
                continue; // a header of the returned message, or a report field read by DeliveryStatusFields
            }
            Matcher rcpt = SENT_RCPT.matcher(content);
            if (rcpt.find()) {
                current = recipient(found, rcpt.group(1), excluded).orElse(current);
                pendingCommand = "RCPT TO";
                continue;
            }
            Matcher sent = SENT_COMMAND.matcher(content);
            if (sent.find() && !content.startsWith(">>>>")) {
                pendingCommand = command(sent.group(1));
                continue;
            }
            Optional<Reply> reply;
            Matcher received = RECEIVED.matcher(content);
            String replyLine = received.find() ? received.group(1).strip() : content;
            if (MULTILINE_START.matcher(replyLine).matches() || block.inProgress() && REPLY_LINE.matcher(replyLine).matches()) {
                // A multi-line reply quoted line by line ("550-5.1.1 ...", then "550 5.1.1 ..."): read whole.
                ReplyParser.Result result = block.accept(replyLine);
                if (!(result instanceof ReplyParser.Complete complete)) {
                    continue;
                }
                reply = Optional.of(complete.reply()).filter(r -> r.code() >= 400);
            } else if (received.find(0)) {
                block.reset();
                reply = SmtpReplyText.parse(received.group(1));
            } else {
                block.reset();
                Optional<String> named = leadingOrCued(content, excluded);
                if (named.isPresent()) {
                    Found before = current;
                    current = recipient(found, named.get(), excluded).orElse(current);
                    if (current != before) {
                        pendingCommand = null;
                    }
                }
                reply = replyIn(content);
            }
            if (current == null && reply.isPresent()) {
                // "550 5.1.1 <bob@example.net>... User unknown": the reply itself names the recipient.
                Optional<String> inReply = firstAddress(reply.get().text(), excluded);
                if (inReply.isPresent()) {
                    current = recipient(found, inReply.get(), excluded).orElse(null);
                }
            }
            if (current == null) {
                reply.ifPresent(r -> loose.add(new FoundReply(r, where.replace("{line}", String.valueOf(line.number())),
                        answering(content))));
                continue;
            }
            Found target = current;
            if (target.remoteHost.isEmpty()) {
                target.remoteHost = remoteHost(content);
            }
            if (reply.isPresent()) {
                Optional<String> other = firstAddress(reply.get().text(), excluded)
                        .filter(a -> !a.equalsIgnoreCase(target.address) && found.containsKey(key(a)));
                Found owner = other.map(a -> found.get(key(a))).orElse(target);
                if (owner.reply.isEmpty()) {
                    owner.reply = reply;
                    String command = pendingCommand;
                    owner.answering = answering(content).or(() -> Optional.ofNullable(command));
                }
                continue;
            }
            Matcher qmail = QMAIL_STATUS.matcher(content);
            Matcher prose = PROSE_STATUS.matcher(content);
            if (target.status.isEmpty()) {
                if (qmail.find()) {
                    target.status = EnhancedStatusCode.parse(qmail.group(1));
                } else if (prose.find()) {
                    target.status = EnhancedStatusCode.parse(prose.group(1));
                }
            }
            if (target.reply.isEmpty() && target.diagnosticLines < DIAGNOSTIC_LINES && !isHeading(content)) {
                // Control characters from a hostile bounce never reach a terminal through the diagnostic.
                String words = CONTROL.matcher(withoutAddress(content, target.address)).replaceAll("\uFFFD");
                if (!words.isBlank()) {
                    target.diagnostic = Optional.of(target.diagnostic.map(d -> d + " ").orElse("") + words);
                    target.diagnosticLines++;
                }
            }
        }
        List<RecipientStatus> out = new ArrayList<>();
        for (Found f : found.values()) {
            Optional<EnhancedStatusCode> status = f.status.or(() -> f.reply.flatMap(Reply::enhanced));
            out.add(new RecipientStatus(f.address, Optional.empty(), status,
                    f.reply.isPresent() ? Optional.empty() : f.diagnostic, f.reply, f.remoteHost, f.answering));
        }
        return new Notice(out, loose, DELAYED.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text).find());
    }

    private static Optional<Found> recipient(Map<String, Found> found, String address, Set<String> excluded) {
        if (!isRecipient(address, excluded)) {
            return Optional.empty();
        }
        return Optional.of(found.computeIfAbsent(key(address), k -> new Found(address)));
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    static boolean isRecipient(String address, Set<String> excluded) {
        String lower = key(address);
        String local = lower.substring(0, lower.indexOf('@'));
        return !excluded.contains(lower) && !SYSTEM_LOCAL_PARTS.contains(local) && !local.startsWith("mailer-daemon")
                && !local.startsWith("bounce") && !local.startsWith("postmaster");
    }

    /** An address that names a recipient: first on the line, or after words such as "delivered to". */
    private static Optional<String> leadingOrCued(String content, Set<String> excluded) {
        String withoutSender = SENDER_COMMAND.matcher(content).replaceAll(" ");
        Matcher leading = LEADING.matcher(withoutSender);
        if (leading.find() && isRecipient(leading.group(1), excluded)) {
            return Optional.of(leading.group(1));
        }
        Matcher named = NAMED.matcher(withoutSender);
        if (named.find() && isRecipient(named.group(1), excluded)) {
            return Optional.of(named.group(1));
        }
        Matcher cued = CUED.matcher(withoutSender);
        while (cued.find()) {
            if (isRecipient(cued.group(1), excluded)) {
                return Optional.of(cued.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstAddress(String text, Set<String> excluded) {
        Matcher m = ANY_ADDRESS.matcher(SENDER_COMMAND.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (isRecipient(m.group(1), excluded)) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** A reply standing on the line or quoted in it, in any of the wrappings bounces use. */
    static Optional<Reply> replyIn(String line) {
        // Yahoo and others write "554: delivery error ..." with a colon after the code.
        String content = COLON_AFTER_CODE.matcher(line).replaceAll("$1 ");
        Optional<Reply> whole = WHOLE_REPLY.matcher(content).matches()
                ? SmtpReplyText.parse(content) : Optional.empty();
        if (whole.isPresent() && whole.get().code() >= 400) {
            return whole;
        }
        Optional<Reply> quoted = ReplyFinder.inSentence(content).flatMap(q -> SmtpReplyText.parse(q.text()))
                .filter(r -> r.code() >= 400);
        if (quoted.isPresent()) {
            return quoted;
        }
        // "bob@example.net: 550 Invalid recipient", "after RCPT TO:<bob@example.net>: 550 ..."
        Matcher colon = AFTER_COLON.matcher(content);
        return colon.find() ? SmtpReplyText.parse(colon.group(1)) : Optional.empty();
    }

    private static Optional<String> answering(String content) {
        Matcher m = IN_REPLY_TO.matcher(content);
        if (!m.find()) {
            return Optional.empty();
        }
        String command = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(command.replaceAll("\\s+", " ").strip());
    }

    private static String command(String line) {
        String upper = line.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("MAIL FROM")) {
            return "MAIL FROM";
        }
        if (upper.startsWith("DATA") || upper.equals(".")) {
            return upper.equals(".") ? "end of DATA" : "DATA";
        }
        return upper.split("\\s+", 2)[0];
    }

    private static Optional<String> remoteHost(String content) {
        for (Pattern pattern : REMOTE_HOST) {
            Matcher m = pattern.matcher(content);
            if (m.find()) {
                String host = m.group(1).replaceAll("\\.$", "");
                return Optional.of(m.groupCount() > 1 && m.group(2) != null ? host + " [" + m.group(2) + "]" : host);
            }
        }
        return Optional.empty();
    }

    /** A line of dashes or a section title ("----- Transcript of session follows -----"), not a diagnostic. */
    private static boolean isHeading(String content) {
        return HEADING.matcher(content).matches() || RULE.matcher(content).matches()
                || content.endsWith(":") && content.length() < 80 && !content.contains("@");
    }

    private static String withoutAddress(String content, String address) {
        String rest = MAILTO.matcher(content).replaceAll("").replace("<" + address + ">", "").replace(address, "");
        return WHITESPACE.matcher(LEADING_PUNCTUATION.matcher(rest).replaceAll("")).replaceAll(" ").strip();
    }

    private static final Pattern HEADING = Pattern.compile("^[-=_*#\\s]+.*[-=_*#]{3,}\\s*$");
    private static final Pattern MAILTO = Pattern.compile("[<\\[]mailto:[^>\\]]*[>\\]]");
    private static final Pattern RULE = Pattern.compile("^[-=_*#\\s]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:.,;-]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern WHOLE_REPLY = Pattern.compile("(?i)\\s*(?:smtp;\\s*)?[2-5]\\d\\d(?:[ -].*|['\"#].*|$)");

    private static final Pattern LINE_END = Pattern.compile("\\r?\\n");
    private static final Pattern COLON_AFTER_CODE = Pattern.compile("(?<![\\d.:])([45]\\d\\d):\\s+");
    private static final Pattern MULTILINE_START = Pattern.compile("^[45]\\d\\d-(?!['\"]).*$");
    private static final Pattern REPLY_LINE = Pattern.compile("^[2-5]\\d\\d(?:[ -].*)?$");
    private static final Pattern REPLY_START = Pattern.compile("^(?:<<<\\s*)?[2-5]\\d\\d(?:[ -].*)?$");
    private static final Pattern AFTER_COLON = Pattern.compile("(?:>|:|\\.\\.\\.)\\s+((?:smtp;\\s*)?[45]\\d\\d(?:[ -]|$).*)$");

    /**
     * Lines with their continuations joined: a line indented deeper than the line that began the group
     * continues it (Postfix folds its long lines so, Exim and Sendmail indent what belongs to an address), unless
     * it is a reply line of its own. Exim's next address, indented as deep as the first, starts a new group.
     */
    static List<ReplyFinder.Line> logicalLines(String text) {
        List<ReplyFinder.Line> out = new ArrayList<>();
        String[] raw = LINE_END.split(text, -1);
        int baseIndent = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].replace('\t', ' ');
            int indent = line.length() - line.stripLeading().length();
            ReplyFinder.Line previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean continuation = previous != null && !previous.text().isBlank() && !line.isBlank()
                    && indent > baseIndent && !REPLY_START.matcher(line.strip()).matches()
                    && !line.strip().startsWith(">>>");
            if (continuation) {
                out.set(out.size() - 1, new ReplyFinder.Line(previous.number(), previous.text().stripTrailing() + " " + line.strip()));
            } else {
                out.add(new ReplyFinder.Line(i + 1, line));
                baseIndent = indent;
            }
        }
        return out;
    }

    /**
     * A forwarded bounce quoted with "> " loses its quoting; Sendmail's transcript lines (">>> ", "<<< ")
     * keep theirs.
     */
    static String unquote(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : LINE_END.split(text, -1)) {
            String rest = line;
            while (rest.startsWith(">") && !rest.startsWith(">>> ")) {
                rest = rest.substring(rest.startsWith("> ") ? 2 : 1);
            }
            out.append(rest).append('\n');
        }
        return out.toString();
    }
}
