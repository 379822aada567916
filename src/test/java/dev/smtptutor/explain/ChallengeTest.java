package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SaslCodec;
import dev.smtptutor.protocol.SmtpState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 334 challenges of AUTH (RFC 4954 §4), decoded and explained. */
class ChallengeTest {

    private final Explainer explainer = Explainer.standard();

    private Challenge challenge(String text, ReplyContext context) {
        return explainer.explain(Reply.of(334, text), context).challenge().orElseThrow();
    }

    private static ReplyContext after(String line) {
        return ReplyContext.afterLine(line, SmtpState.GREETED);
    }

    @Test
    void loginsFirstChallengeDecodesToUsername() {
        Challenge c = challenge("VXNlcm5hbWU6", after("AUTH LOGIN"));
        assertEquals(Optional.of("Username:"), c.decoded());
        assertEquals(Challenge.Kind.USERNAME, c.kind());
        assertEquals("The server asks for your user name (\"Username:\", base64-encoded).", c.explanation());
    }

    @Test
    void loginsSecondChallengeDecodesToPassword() {
        Explanation e = explainer.explain(Reply.of(334, "UGFzc3dvcmQ6"), ReplyContext.authResponse("LOGIN", 1));
        Challenge c = e.challenge().orElseThrow();
        assertEquals(Optional.of("Password:"), c.decoded());
        assertEquals("The server asks for your password (\"Password:\", base64-encoded).", e.summary());
        assertEquals("Send your password in base64. Do this only over TLS: base64 hides nothing.", e.next());
        assertEquals(Optional.of("The server took your last line and sends its next challenge."), e.inContext());
    }

    @Test
    void loginPromptsInOtherWordsAreToldApartByTheStep() {
        String prompt = SaslCodec.base64("Benutzername");
        assertEquals(Challenge.Kind.USERNAME, challenge(prompt, after("AUTH LOGIN")).kind());
        assertEquals(Challenge.Kind.PASSWORD, challenge(SaslCodec.base64("Kennwort"), after("AUTH LOGIN YWxpY2U=")).kind());
        assertEquals(Challenge.Kind.PASSWORD, challenge(SaslCodec.base64("Kennwort"), ReplyContext.authResponse("LOGIN", 1)).kind());
    }

    @Test
    void aCramMd5ChallengeIsRecognisedAndExplained() {
        // The example of RFC 2195 section 2.
        Challenge c = challenge("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+", after("AUTH CRAM-MD5"));
        assertEquals(Optional.of("<1896.697170952@postoffice.reston.mci.net>"), c.decoded());
        assertEquals("A CRAM-MD5 challenge, \"<1896.697170952@postoffice.reston.mci.net>\": prove you know the password"
                + " without sending it (RFC 2195).", c.explanation());
    }

    @Test
    void aCramMd5ChallengeIsRecognisedEvenWithoutContext() {
        Challenge c = challenge(SaslCodec.base64("<8412.1700000000000@mail.example.test>"), ReplyContext.none());
        assertEquals(Challenge.Kind.CRAM_MD5, c.kind());
    }

    @Test
    void anEmptyChallengeAsksForPlainCredentials() {
        Explanation e = explainer.explain(Reply.of(334, ""), after("AUTH PLAIN"));
        assertEquals(Challenge.Kind.EMPTY, e.challenge().orElseThrow().kind());
        assertEquals("An empty challenge: the server waits for your credentials in one line.", e.summary());
        assertEquals("For AUTH PLAIN send base64 of: a NUL byte, the user name, a NUL byte, the password (/auth plain"
                + " builds it).", e.next());
    }

    @Test
    void anOauthErrorIsShownAsItsJson() {
        String json = "{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}";
        Explanation e = explainer.explain(Reply.of(334, SaslCodec.base64(json)), after("AUTH XOAUTH2 dXNlcj1h"));
        assertEquals("The server rejects your OAuth token and explains why in JSON: " + json, e.summary());
        assertEquals("Send an empty line (press Enter at auth>): the server then ends the AUTH with its final 535 5.7.8."
                + " For OAUTHBEARER the answer is the single byte 0x01 in base64, AQ== (RFC 7628 section 3.2.3). A line with"
                + " only * would cancel the exchange yourself instead (501 5.7.0, RFC 4954 section 4). Then get a fresh"
                + " token and try again.", e.next());
    }

    @Test
    void binaryChallengeDataIsNotShownAsText() {
        // An NTLM type-2 message starts with "NTLMSSP", a NUL byte and binary fields.
        Challenge c = challenge("TlRMTVNTUAACAAAADAAMADAAAAA1goriESIzRFVmd4g=", after("AUTH NTLM"));
        assertEquals(Challenge.Kind.BINARY, c.kind());
        assertEquals(Optional.empty(), c.decoded());
        assertEquals("Binary challenge data (32 bytes) for the NTLM mechanism: only a program can answer it.",
                c.explanation());
    }

    @Test
    void textThatIsNotBase64IsSaidToBeUnusual() {
        Challenge c = challenge("Username:", after("AUTH LOGIN"));
        assertEquals(Challenge.Kind.NOT_BASE64, c.kind());
        assertEquals("The challenge \"Username:\" is not valid base64, which RFC 4954 requires; the server is unusual.",
                c.explanation());
    }

    @Test
    void otherReadableChallengesAreDecoded() {
        Challenge c = challenge(SaslCodec.base64("realm=example.test"), after("AUTH DIGEST-MD5"));
        assertEquals(Challenge.Kind.OTHER, c.kind());
        assertEquals("The challenge decodes to \"realm=example.test\".", c.explanation());
    }

    @Test
    void onlyThreeThirtyFourRepliesHaveAChallenge() {
        assertEquals(Optional.empty(), explainer.explain(Reply.of(235, "2.7.0", "ok"), after("AUTH LOGIN")).challenge());
    }
}
