package dev.smtptutor.sim;

import dev.smtptutor.protocol.Path;
import dev.smtptutor.protocol.Reply;

/**
 * Every reply the simulator sends, worded as Postfix words it unless a comment says otherwise, so
 * that what a learner sees here is what they will meet on real servers. Tests and explanations refer
 * to these values instead of repeating strings.
 */
public final class Replies {

    private Replies() {}

    public static Reply banner(String host) {
        return Reply.of(220, host + " ESMTP smtp-tutor simulator");
    }

    public static Reply helo(String host) {
        return Reply.of(250, host);
    }

    public static final Reply OK = Reply.of(250, "2.0.0", "Ok");
    public static final Reply SENDER_OK = Reply.of(250, "2.1.0", "Ok");
    public static final Reply RECIPIENT_OK = Reply.of(250, "2.1.5", "Ok");
    public static final Reply START_MAIL_INPUT = Reply.of(354, "End data with <CR><LF>.<CR><LF>");
    public static final Reply BYE = Reply.of(221, "2.0.0", "Bye");
    public static final Reply READY_TO_START_TLS = Reply.of(220, "2.0.0", "Ready to start TLS");
    public static final Reply AUTH_SUCCEEDED = Reply.of(235, "2.7.0", "Authentication successful");

    // Postfix's words when the queue file cannot be written; RFC 5321 §4.2.5: transient, retry later.
    public static final Reply QUEUE_WRITE_ERROR = Reply.of(451, "4.3.0", "Error: queue file write error");

    public static Reply queued(String id) {
        return Reply.of(250, "2.0.0", "Ok: queued as " + id);
    }

    // RFC 5321 §4.2.4 says 500 for an unrecognised command (Postfix sends 502 here; we follow the RFC,
    // so 502 keeps its own meaning: recognised but not implemented).
    public static final Reply UNRECOGNIZED = Reply.of(500, "5.5.2", "Error: command not recognized");
    public static final Reply NOT_IMPLEMENTED = Reply.of(502, "5.5.1", "Error: command not implemented");
    public static final Reply LINE_TOO_LONG = Reply.of(500, "5.5.2", "Error: line too long");
    // RFC 5321 §4.5.3.1.10: "500 Line too long" is the answer for a text line over 1000 octets.
    public static final Reply MESSAGE_LINE_TOO_LONG = Reply.of(500, "5.5.2",
            "Error: message has a line longer than 1000 octets (RFC 5321 section 4.5.3.1.6)");

    // RFC 5321 §3.1: after a 554 greeting, 503 to every command but QUIT, worded as Postfix's smtpd
    // words it when its client restrictions refused the connection.
    public static Reply refusedAtConnect(String client) {
        return Reply.of(503, "5.7.0", "Error: access denied for unknown[" + client + "]");
    }
    public static final Reply NEED_EHLO = Reply.of(503, "5.5.1", "Error: send HELO/EHLO first");
    public static final Reply NESTED_MAIL = Reply.of(503, "5.5.1", "Error: nested MAIL command");
    public static final Reply NEED_MAIL = Reply.of(503, "5.5.1", "Error: need MAIL command");
    public static final Reply NEED_RCPT = Reply.of(503, "5.5.1", "Error: need RCPT command");
    public static final Reply TRANSACTION_IN_PROGRESS = Reply.of(503, "5.5.1", "Error: MAIL transaction in progress");

    public static final Reply TLS_ALREADY_ACTIVE = Reply.of(554, "5.5.1", "Error: TLS already active");
    // RFC 3207 §4: 530 before STARTTLS when the server's policy requires TLS.
    public static final Reply MUST_STARTTLS = Reply.of(530, "5.7.0", "Must issue a STARTTLS command first");
    public static final Reply TLS_UNAVAILABLE = Reply.of(454, "4.7.0", "TLS not available due to local problem");

    // RFC 4954 §6.
    public static final Reply AUTH_REQUIRED = Reply.of(530, "5.7.0", "Authentication required");
    public static final Reply AUTH_NOT_ENABLED = Reply.of(503, "5.5.1", "Error: authentication not enabled");
    public static final Reply ALREADY_AUTHENTICATED = Reply.of(503, "5.5.1", "Error: already authenticated");
    public static final Reply UNKNOWN_MECHANISM = Reply.of(504, "5.5.4", "Unrecognized authentication type");
    public static final Reply AUTH_FAILED = Reply.of(535, "5.7.8", "Error: authentication failed: authentication failure");
    public static final Reply AUTH_ABORTED = Reply.of(501, "5.7.0", "Authentication aborted");
    public static final Reply CANNOT_DECODE = Reply.of(501, "5.5.2", "Cannot decode response");

    public static final Reply SIZE_EXCEEDS_LIMIT = Reply.of(552, "5.3.4", "Message size exceeds fixed limit");
    // RFC 5321 §4.2.2 452, RFC 3463 4.3.1 "mail system full": temporary, the client may retry later.
    public static final Reply INSUFFICIENT_STORAGE = Reply.of(452, "4.3.1", "Error: insufficient system storage");
    public static final Reply MESSAGE_TOO_BIG = Reply.of(552, "5.3.4", "Error: message file too big");
    public static final Reply BAD_SIZE = Reply.of(501, "5.5.4", "Bad message size syntax");
    public static final Reply BAD_BODY = Reply.of(501, "5.5.4", "Usage: BODY=(7BIT|8BITMIME)");
    public static final Reply TOO_MANY_RECIPIENTS = Reply.of(452, "4.5.3", "Error: too many recipients");
    // RFC 6531 §3.5: a non-ASCII address needs the SMTPUTF8 parameter on MAIL.
    public static final Reply NEEDS_SMTPUTF8 = Reply.of(553, "5.6.7", "Must declare SMTPUTF8 to send unicode address");

    public static Reply unsupportedOption(String keyword) {
        return Reply.of(555, "5.5.4", "Unsupported option: " + keyword);
    }

    public static Reply userUnknown(Path path) {
        return Reply.of(550, "5.1.1", path + ": Recipient address rejected: User unknown in local recipient table");
    }

    // Postfix reject_sender_login_mismatch / reject_authenticated_sender_login_mismatch.
    public static Reply senderNotOwned(Path path, String user) {
        return Reply.of(553, "5.7.1", path + ": Sender address rejected: not owned by user " + user);
    }

    public static Reply relayDenied(Path path) {
        return Reply.of(554, "5.7.1", path + ": Relay access denied");
    }

    // RFC 5321 §3.5.3, §7.3: 252 when the server will not say whether a mailbox exists. 502 for a
    // disabled VRFY is Postfix's disable_vrfy_command; §7.3 asks for 252 instead.
    public static final Reply CANNOT_VRFY = Reply.of(252, "2.0.0",
            "Cannot VRFY user, but will accept message and attempt delivery");
    public static final Reply VRFY_DISABLED = Reply.of(502, "5.5.1", "VRFY command is disabled");
    public static final Reply EXPN_DISABLED = Reply.of(502, "5.5.1", "EXPN command is disabled");

    public static Reply listUnknown(String name) {
        return Reply.of(550, "5.1.1", "<" + name + ">: no such mailing list");
    }

    // The SMTP smuggling defence, stricter than Postfix: its smtpd_forbid_bare_newline = reject
    // answers 550 (smtpd_forbid_bare_newline_reject_code) and 3.9's default only normalises bare LF.
    // 521 and hanging up is smtp-tutor's teaching choice (postfix.org/smtp-smuggling.html).
    public static Reply bareNewline(String host, String what) {
        return Reply.of(521, "5.5.2", host + " Error: bare " + what + " received");
    }

    // RFC 3461 §4-5, worded as Postfix words them.
    public static final Reply BAD_RET = Reply.of(501, "5.5.4", "Bad RET parameter syntax");
    public static final Reply BAD_ENVID = Reply.of(501, "5.5.4", "Bad ENVID parameter syntax");
    public static final Reply BAD_NOTIFY = Reply.of(501, "5.5.4", "Error: Bad NOTIFY parameter syntax");
    public static final Reply BAD_ORCPT = Reply.of(501, "5.5.4", "Error: Bad ORCPT parameter syntax");

    // RFC 3030 §2-4 (CHUNKING), worded as Postfix words them.
    public static Reply chunkReceived(long octets) {
        return Reply.of(250, "2.0.0", "Ok: " + octets + " bytes");
    }

    public static Reply chunksQueued(long octets, String id) {
        return Reply.of(250, "2.0.0", "Ok: " + octets + " bytes queued as " + id);
    }

    public static final Reply NULL_BDAT = Reply.of(551, "5.7.1", "Null BDAT request");
    public static final Reply DATA_AFTER_BDAT = Reply.of(503, "5.5.1", "Error: DATA after BDAT");
    public static final Reply RCPT_AFTER_BDAT = Reply.of(503, "5.5.1", "Error: RCPT after BDAT");
    // Without CHUNKING the octets after BDAT would be read as commands, so Postfix hangs up.
    public static final Reply BDAT_NOT_OFFERED = Reply.of(521, "5.5.1", "Error: command not implemented");

    public static Reply discardedAfterError(long octets) {
        return Reply.of(551, "5.0.0", "Discarded " + octets + " bytes after earlier error");
    }

    // AUTH XOAUTH2 as Gmail answers a bad token: a 334 with this JSON in base64, then 535 after the
    // client's empty line (Google's "OAuth 2.0 Mechanism" page; RFC 7628 §3.2.2 works the same way).
    public static final String XOAUTH2_ERROR_JSON =
            "{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}";
    public static final Reply XOAUTH2_FAILED = Reply.of(535, "5.7.8", "Username and Password not accepted");

    /** The reply a test address asks for: {@code 550@example.test}, {@code 451.4.7.1@example.test}. */
    public static Reply testAddress(int code, String enhanced, Path path, boolean recipient) {
        String whose = recipient ? "Recipient" : "Sender";
        return Reply.of(code, enhanced, path + ": " + whose + " address rejected: the test address asked for " + code);
    }

    public static Reply timeout(String host) {
        return Reply.of(421, "4.4.2", host + " Error: timeout exceeded");
    }

    public static Reply tooManyErrors(String host) {
        return Reply.of(421, "4.7.0", host + " Error: too many errors");
    }

    public static Reply shuttingDown(String host) {
        return Reply.of(421, "4.3.2", host + " Service shutting down, closing transmission channel");
    }

    /** Postfix's anvil limit (smtpd_client_connection_count_limit), word for word. */
    public static Reply tooManyConnectionsFrom(String host, String client) {
        return Reply.of(421, "4.7.0", host + " Error: too many connections from " + client);
    }

    public static Reply tooManyConnections(String host) {
        return Reply.of(421, "4.3.2", host + " Error: too many connections, try again later");
    }
}
