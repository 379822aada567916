package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * EHLO replies as real servers send them (modelled on published session transcripts), explained capability by
 * capability: every line is accounted for, in order, known or flagged unknown.
 */
class EhloRepliesTest {

    private static final String AUTH_BEFORE_TLS = "AUTH is offered before TLS: with PLAIN or LOGIN the password would"
            + " travel merely base64-encoded, readable by anyone on the way. Send STARTTLS first.";

    private static Explanation explain(String wire) {
        ReplyParser.ParsedText parsed = ReplyParser.parseAll(wire);
        assertEquals(List.of(), parsed.problems());
        return Explainer.standard().explain(parsed.replies().get(0),
                ReplyContext.afterLine("EHLO client.example.com", SmtpState.CONNECTED));
    }

    /** Each extension line as sent, with " (unknown)" where the tutor does not know the keyword. */
    private static List<String> lines(Explanation e) {
        return e.capabilities().stream().map(n -> n.line() + (n.known() ? "" : " (unknown)")).toList();
    }

    private static String explanationOf(Explanation e, String keyword) {
        return e.capabilities().stream().filter(n -> n.keyword().equals(keyword)).findFirst().orElseThrow().explanation();
    }

    private static String size(String octets, String shown) {
        return "Messages up to " + octets + " octets (" + shown + ") are accepted; announce your message's size with"
                + " SIZE= on MAIL FROM to be refused early (RFC 1870).";
    }

    @Test
    void gmailSubmissionBeforeTls() {
        Explanation e = explain("""
                250-smtp.gmail.com at your service, [203.0.113.7]
                250-SIZE 35882577
                250-8BITMIME
                250-STARTTLS
                250-ENHANCEDSTATUSCODES
                250-PIPELINING
                250-CHUNKING
                250 SMTPUTF8
                """);
        assertEquals(List.of("SIZE 35882577", "8BITMIME", "STARTTLS", "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING",
                "SMTPUTF8"), lines(e));
        assertEquals(size("35882577", "34.2 MiB"), explanationOf(e, "SIZE"));
        assertEquals(Optional.of("The server smtp.gmail.com accepted your EHLO. Every line after the first announces one"
                + " extension it supports."), e.inContext());
        assertEquals(List.of(), e.notes());
    }

    @Test
    void gmailSubmissionAfterTlsOffersOauth() {
        Explanation e = explain("""
                250-smtp.gmail.com at your service, [203.0.113.7]
                250-SIZE 35882577
                250-8BITMIME
                250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH
                250-ENHANCEDSTATUSCODES
                250-PIPELINING
                250-CHUNKING
                250 SMTPUTF8
                """);
        assertEquals(List.of("SIZE 35882577", "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH",
                "ENHANCEDSTATUSCODES", "PIPELINING", "CHUNKING", "SMTPUTF8"), lines(e));
        assertEquals("You can log in with AUTH (RFC 4954). Mechanisms offered: LOGIN (user name, then password, each"
                + " asked for and sent in base64), PLAIN (user name and password in one base64 line), XOAUTH2 (an OAuth 2.0"
                + " access token instead of a password), PLAIN-CLIENTTOKEN (a Google variant of PLAIN for its own apps),"
                + " OAUTHBEARER (an OAuth 2.0 token, the standard form of XOAUTH2), XOAUTH (Google's old OAuth 1.0 form).",
                explanationOf(e, "AUTH"));
        assertEquals(List.of(), e.notes(), "no STARTTLS left to offer: TLS is on");
    }

    @Test
    void office365Submission() {
        Explanation e = explain("""
                250-AM0PR10CA0058.outlook.office365.com Hello [203.0.113.7]
                250-SIZE 157286400
                250-PIPELINING
                250-DSN
                250-ENHANCEDSTATUSCODES
                250-AUTH LOGIN XOAUTH2
                250-8BITMIME
                250-BINARYMIME
                250-CHUNKING
                250 SMTPUTF8
                """);
        assertEquals(List.of("SIZE 157286400", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "AUTH LOGIN XOAUTH2",
                "8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8"), lines(e));
        assertEquals(size("157286400", "150 MiB"), explanationOf(e, "SIZE"));
        assertEquals("You can log in with AUTH (RFC 4954). Mechanisms offered: LOGIN (user name, then password, each"
                + " asked for and sent in base64), XOAUTH2 (an OAuth 2.0 access token instead of a password).",
                explanationOf(e, "AUTH"));
    }

    @Test
    void postfixWithItsDefaults() {
        Explanation e = explain("""
                250-mail.example.org
                250-PIPELINING
                250-SIZE 10240000
                250-VRFY
                250-ETRN
                250-STARTTLS
                250-ENHANCEDSTATUSCODES
                250-8BITMIME
                250-DSN
                250-SMTPUTF8
                250 CHUNKING
                """);
        assertEquals(List.of("PIPELINING", "SIZE 10240000", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME",
                "DSN", "SMTPUTF8", "CHUNKING"), lines(e));
        assertEquals(size("10240000", "9.8 MiB"), explanationOf(e, "SIZE"));
    }

    @Test
    void eximWithPipeconnectAndPrdr() {
        Explanation e = explain("""
                250-mx.example.net Hello client.example.com [192.0.2.10]
                250-SIZE 52428800
                250-8BITMIME
                250-PIPELINING
                250-PIPECONNECT
                250-CHUNKING
                250-STARTTLS
                250-PRDR
                250 HELP
                """);
        assertEquals(List.of("SIZE 52428800", "8BITMIME", "PIPELINING", "PIPECONNECT", "CHUNKING", "STARTTLS", "PRDR",
                "HELP"), lines(e));
        assertEquals(size("52428800", "50 MiB"), explanationOf(e, "SIZE"));
        assertEquals("Per-recipient replies after DATA: each recipient can accept or refuse the message on its own (a"
                + " draft, supported by Exim and Sendmail).", explanationOf(e, "PRDR"));
    }

    @Test
    void sendmailWithSizeWithoutLimitAndDeliverby() {
        Explanation e = explain("""
                250-mail.example.com Hello client.example.com [192.0.2.10], pleased to meet you
                250-ENHANCEDSTATUSCODES
                250-PIPELINING
                250-8BITMIME
                250-SIZE
                250-DSN
                250-ETRN
                250-AUTH DIGEST-MD5 CRAM-MD5
                250-STARTTLS
                250-DELIVERBY
                250 HELP
                """);
        assertEquals(List.of("ENHANCEDSTATUSCODES", "PIPELINING", "8BITMIME", "SIZE", "DSN", "ETRN",
                "AUTH DIGEST-MD5 CRAM-MD5", "STARTTLS", "DELIVERBY", "HELP"), lines(e));
        assertEquals("The server takes SIZE= on MAIL FROM but announces no fixed size limit (RFC 1870).",
                explanationOf(e, "SIZE"));
        assertEquals(List.of(), e.notes(), "challenge-response mechanisms do not expose the password");
    }

    @Test
    void greenMail() {
        Explanation e = explain("""
                250-localhost
                250 AUTH PLAIN LOGIN XOAUTH2
                """);
        assertEquals(List.of("AUTH PLAIN LOGIN XOAUTH2"), lines(e));
        assertEquals(Optional.of("The server localhost accepted your EHLO. Every line after the first announces one"
                + " extension it supports."), e.inContext());
    }

    @Test
    void mailgunOffersAuthBeforeTls() {
        Explanation e = explain("""
                250-smtp-out-n01.prod.us-east-1.postgun.com
                250-AUTH PLAIN LOGIN
                250-SIZE 52428800
                250-8BITMIME
                250-STARTTLS
                250-SMTPUTF8
                250 ENHANCEDSTATUSCODES
                """);
        assertEquals(List.of("AUTH PLAIN LOGIN", "SIZE 52428800", "8BITMIME", "STARTTLS", "SMTPUTF8",
                "ENHANCEDSTATUSCODES"), lines(e));
        assertEquals(List.of(AUTH_BEFORE_TLS), e.notes());
    }

    @Test
    void amazonSesEndsWithAnOkLineThatIsNoExtension() {
        Explanation e = explain("""
                250-email-smtp.amazonaws.com
                250-8BITMIME
                250-SIZE 10485760
                250-STARTTLS
                250-AUTH PLAIN LOGIN
                250 Ok
                """);
        assertEquals(List.of("8BITMIME", "SIZE 10485760", "STARTTLS", "AUTH PLAIN LOGIN", "OK (unknown)"), lines(e));
        assertEquals(size("10485760", "10 MiB"), explanationOf(e, "SIZE"));
        assertEquals("The tutor does not know the extension OK; a client simply does not use an extension it does not"
                + " know.", explanationOf(e, "OK"));
        assertEquals(List.of(AUTH_BEFORE_TLS), e.notes());
    }

    @Test
    void yahooAfterTls() {
        Explanation e = explain("""
                250-hermes--production-ne1-7d5b6b6f5-2xq9v Hello client.example.com [203.0.113.7])
                250-PIPELINING
                250-ENHANCEDSTATUSCODES
                250-8BITMIME
                250-SIZE 41697280
                250 AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER
                """);
        assertEquals(List.of("PIPELINING", "ENHANCEDSTATUSCODES", "8BITMIME", "SIZE 41697280",
                "AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER"), lines(e));
        assertEquals(size("41697280", "39.8 MiB"), explanationOf(e, "SIZE"));
    }

    @Test
    void exchangeOnPremisesWithItsPrivateExtensions() {
        Explanation e = explain("""
                250-EX01.contoso.com Hello [10.0.0.5]
                250-SIZE 37748736
                250-PIPELINING
                250-DSN
                250-ENHANCEDSTATUSCODES
                250-STARTTLS
                250-X-ANONYMOUSTLS
                250-AUTH NTLM
                250-X-EXPS GSSAPI NTLM
                250-8BITMIME
                250-BINARYMIME
                250-CHUNKING
                250-XEXCH50
                250-XRDST
                250 XSHADOWREQUEST
                """);
        assertEquals(List.of("SIZE 37748736", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "STARTTLS", "X-ANONYMOUSTLS",
                "AUTH NTLM", "X-EXPS GSSAPI NTLM", "8BITMIME", "BINARYMIME", "CHUNKING", "XEXCH50", "XRDST",
                "XSHADOWREQUEST"), lines(e));
        assertEquals(size("37748736", "36 MiB"), explanationOf(e, "SIZE"));
        assertEquals("You can log in with AUTH (RFC 4954). Mechanisms offered: NTLM (Windows domain login).",
                explanationOf(e, "AUTH"));
        assertEquals(List.of(), e.notes(), "NTLM does not send the password itself");
    }

    @Test
    void exchange2003WithTheOldAuthFormAndUnknownLines() {
        Explanation e = explain("""
                250-mail.contoso.local Hello [192.0.2.10]
                250-TURN
                250-SIZE
                250-ETRN
                250-PIPELINING
                250-DSN
                250-ENHANCEDSTATUSCODES
                250-8bitmime
                250-BINARYMIME
                250-CHUNKING
                250-VRFY
                250-X-EXPS GSSAPI NTLM LOGIN
                250-X-EXPS=LOGIN
                250-AUTH GSSAPI NTLM LOGIN
                250-AUTH=LOGIN
                250-X-LINK2STATE
                250-XEXCH50
                250 OK
                """);
        assertEquals(List.of("TURN", "SIZE", "ETRN", "PIPELINING", "DSN", "ENHANCEDSTATUSCODES", "8BITMIME", "BINARYMIME",
                "CHUNKING", "VRFY", "X-EXPS GSSAPI NTLM LOGIN", "X-EXPS=LOGIN (unknown)", "AUTH GSSAPI NTLM LOGIN",
                "AUTH=LOGIN", "X-LINK2STATE", "XEXCH50", "OK (unknown)"), lines(e));
        assertEquals(List.of("X-EXPS=LOGIN", "OK"), e.unknownCapabilities());
    }

    @Test
    void openSmtpd() {
        Explanation e = explain("""
                250-mail.example.org Hello client.example.com [192.0.2.10], pleased to meet you
                250-8BITMIME
                250-ENHANCEDSTATUSCODES
                250-SIZE 36700160
                250-DSN
                250-STARTTLS
                250 HELP
                """);
        assertEquals(List.of("8BITMIME", "ENHANCEDSTATUSCODES", "SIZE 36700160", "DSN", "STARTTLS", "HELP"), lines(e));
        assertEquals(size("36700160", "35 MiB"), explanationOf(e, "SIZE"));
    }

    @Test
    void ourSimulatorBeforeAndAfterTls() {
        Explanation before = explain("""
                250-mail.example.test
                250-PIPELINING
                250-SIZE 10240000
                250-STARTTLS
                250-ENHANCEDSTATUSCODES
                250-8BITMIME
                250-SMTPUTF8
                250 HELP
                """);
        Explanation after = explain("""
                250-mail.example.test
                250-PIPELINING
                250-SIZE 10240000
                250-AUTH PLAIN LOGIN CRAM-MD5
                250-ENHANCEDSTATUSCODES
                250-8BITMIME
                250-SMTPUTF8
                250 HELP
                """);
        assertEquals(List.of("PIPELINING", "SIZE 10240000", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "SMTPUTF8",
                "HELP"), lines(before));
        assertEquals(List.of("PIPELINING", "SIZE 10240000", "AUTH PLAIN LOGIN CRAM-MD5", "ENHANCEDSTATUSCODES",
                "8BITMIME", "SMTPUTF8", "HELP"), lines(after));
        assertEquals(List.of(), before.notes());
        assertEquals(List.of(), after.notes());
    }

    @Test
    void anEhloReplyIsSpecificAndSaysWhatComesNext() {
        Reply reply = ReplyParser.parseAll("250-mx.example.net\r\n250 PIPELINING\r\n").replies().get(0);
        Explanation e = Explainer.standard().explain(reply, ReplyContext.afterLine("EHLO me.example", SmtpState.CONNECTED));
        assertEquals(true, e.specific());
        assertEquals("Start a message with MAIL FROM:<you@example.test>, or first STARTTLS and AUTH if the server offers"
                + " them.", e.next());
    }
}
