package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SaslCodec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** AUTH XOAUTH2 as Gmail and Microsoft 365 speak it, against a configured test token. */
class XOAuth2Test {

    private static final String TOKEN = "ya29.test-token";
    private static final SimConfig CONFIG = SimConfig.defaults().toBuilder().xoauth2Token(Optional.of(TOKEN)).build();

    private SimSession session = new SimSession(CONFIG, new MailStore());

    private String send(String line) {
        List<Reply> replies = session.replies(line);
        return replies.isEmpty() ? "" : replies.get(replies.size() - 1).toWire();
    }

    private void greetWithTls() {
        send("EHLO client.example");
        send("STARTTLS");
        session.tlsStarted();
    }

    private static String xoauth2(String user, String token) {
        return SaslCodec.base64("user=" + user + "\u0001auth=Bearer " + token + "\u0001\u0001");
    }

    @Test
    void xoauth2IsOfferedOnlyWithAToken() {
        greetWithTls();
        assertTrue(send("EHLO c").contains("250-AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2\r\n"));
        session = new SimSession(SimConfig.defaults(), new MailStore());
        greetWithTls();
        send("EHLO c");
        assertEquals("504 5.5.4 Unrecognized authentication type\r\n", send("AUTH XOAUTH2 " + xoauth2("alice", TOKEN)));
    }

    @Test
    void theRightTokenForAKnownUserAuthenticates() {
        greetWithTls();
        send("EHLO c");
        assertEquals("235 2.7.0 Authentication successful\r\n",
                send("AUTH XOAUTH2 " + xoauth2("alice@example.test", TOKEN)));
        assertEquals("alice", session.authenticatedUser().orElseThrow());
    }

    @Test
    void withoutAnInitialResponseTheServerAsksWithAnEmptyChallenge() {
        greetWithTls();
        send("EHLO c");
        assertEquals("334 \r\n", send("AUTH XOAUTH2"));
        assertEquals("235 2.7.0 Authentication successful\r\n", send(xoauth2("bob", TOKEN)));
    }

    @Test
    void aBadTokenGetsTheErrorJsonThen535() {
        greetWithTls();
        send("EHLO c");
        String challenge = send("AUTH XOAUTH2 " + xoauth2("alice@example.test", "expired"));
        assertEquals("334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n",
                challenge);
        assertEquals("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}",
                SaslCodec.unbase64(challenge.substring(4)).orElseThrow());
        assertTrue(session.awaitingAuthResponse());
        assertEquals("535 5.7.8 Username and Password not accepted\r\n", send(""));
        assertTrue(session.authenticatedUser().isEmpty());
    }

    @Test
    void theRightTokenForAnUnknownUserFailsToo() {
        greetWithTls();
        send("EHLO c");
        assertTrue(send("AUTH XOAUTH2 " + xoauth2("mallory@example.test", TOKEN)).startsWith("334 eyJ"));
        assertEquals("535 5.7.8 Username and Password not accepted\r\n", send(""));
    }
}
