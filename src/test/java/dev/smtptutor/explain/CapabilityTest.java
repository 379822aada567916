package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One EHLO keyword at a time (RFC 5321 §4.1.1.1): its exact explanation. */
class CapabilityTest {

    private static final ReplyContext AFTER_EHLO = ReplyContext.afterLine("EHLO client.example.test", SmtpState.CONNECTED);

    private static Explanation ehlo(String... extensionLines) {
        List<String> lines = Stream.concat(Stream.of("mx.example.test"), Stream.of(extensionLines)).toList();
        return Explainer.standard().explain(Reply.multiline(250, lines), AFTER_EHLO);
    }

    private static CapabilityNote note(String extensionLine) {
        return ehlo(extensionLine).capabilities().get(0);
    }

    static Stream<Arguments> knownKeywords() {
        return Stream.of(
                Arguments.of("STARTTLS", "You can switch this connection to TLS encryption with STARTTLS; after it, send"
                        + " EHLO again (RFC 3207)."),
                Arguments.of("PIPELINING", "You may send several commands at once without waiting for each reply (RFC 2920)."),
                Arguments.of("8BITMIME", "Message text may use 8-bit characters such as UTF-8 letters; say BODY=8BITMIME on"
                        + " MAIL FROM (RFC 6152)."),
                Arguments.of("ENHANCEDSTATUSCODES", "Replies carry an enhanced status code such as 2.1.5 after the reply"
                        + " code, which tells the reason more precisely (RFC 2034)."),
                Arguments.of("SMTPUTF8", "Addresses and header lines may use UTF-8 letters, such as in ñandú@example.test;"
                        + " say SMTPUTF8 on MAIL FROM (RFC 6531)."),
                Arguments.of("CHUNKING", "You can send the message with BDAT in chunks of an exact size instead of DATA, so"
                        + " no dot ends it (RFC 3030)."),
                Arguments.of("DSN", "You can ask for delivery status notifications: NOTIFY= and ORCPT= on RCPT TO, RET= and"
                        + " ENVID= on MAIL FROM (RFC 3461)."),
                Arguments.of("BINARYMIME", "The message may hold raw binary data (BODY=BINARYMIME); this works only with"
                        + " BDAT (RFC 3030)."),
                Arguments.of("HELP", "The server answers HELP with help text for people."),
                Arguments.of("VRFY", "VRFY is on: the server may tell you whether a mailbox exists."),
                Arguments.of("ETRN", "A server that keeps mail for your domain can be asked to send it now with ETRN domain"
                        + " (RFC 1985)."),
                Arguments.of("DELIVERBY", "You can ask for delivery within a time limit with BY= on MAIL FROM (RFC 2852)."),
                Arguments.of("REQUIRETLS", "A message may demand TLS on every hop to its recipient with REQUIRETLS on MAIL"
                        + " FROM (RFC 8689)."),
                Arguments.of("XCLIENT NAME ADDR PROTO HELO", "A Postfix extension for trusted proxies and test tools: they"
                        + " may tell the server the original client's name and address. Not for ordinary clients."),
                Arguments.of("X-ANONYMOUSTLS", "A Microsoft Exchange extension: encrypted connections between Exchange"
                        + " servers without certificates checked. Not for ordinary clients."));
    }

    @ParameterizedTest
    @MethodSource("knownKeywords")
    void aKnownKeywordIsExplainedExactly(String line, String expected) {
        CapabilityNote note = note(line);
        assertTrue(note.known());
        assertEquals(expected, note.explanation());
        assertEquals(line, note.line());
    }

    @ParameterizedTest
    @CsvSource({"1023, 1023 octets", "1024, 1 KiB", "10240000, 9.8 MiB", "35882577, 34.2 MiB", "52428800, 50 MiB",
            "157286400, 150 MiB", "41697280, 39.8 MiB", "5368709120, 5 GiB"})
    void sizesAreShownInBinaryUnitsWithOneDecimalAtMost(long octets, String shown) {
        assertEquals(shown, CapabilityExplainer.humanSize(octets));
    }

    @Test
    void sizeWithANumberNamesTheLimitInOctetsAndMebibytes() {
        assertEquals("Messages up to 10240000 octets (9.8 MiB) are accepted; announce your message's size with SIZE= on"
                + " MAIL FROM to be refused early (RFC 1870).", note("SIZE 10240000").explanation());
    }

    @Test
    void sizeWithoutANumberOrZeroMeansNoFixedLimit() {
        String unlimited = "The server takes SIZE= on MAIL FROM but announces no fixed size limit (RFC 1870).";
        assertEquals(unlimited, note("SIZE").explanation());
        assertEquals(unlimited, note("SIZE 0").explanation());
    }

    @Test
    void authListsEveryMechanismInPlainWords() {
        assertEquals("You can log in with AUTH (RFC 4954). Mechanisms offered: PLAIN (user name and password in one"
                + " base64 line), LOGIN (user name, then password, each asked for and sent in base64), CRAM-MD5 (challenge"
                + " and response; the password itself never crosses the wire), FANCY-MECH (not known to the tutor).",
                note("AUTH PLAIN LOGIN CRAM-MD5 fancy-mech").explanation());
    }

    @Test
    void authWithoutMechanismsIsFlaggedAsBroken() {
        assertEquals("AUTH is announced without any mechanism, which RFC 4954 does not allow: the server may not really"
                + " support logging in.", note("AUTH").explanation());
    }

    @Test
    void theOldAuthEqualsFormIsRecognised() {
        CapabilityNote note = note("AUTH=LOGIN PLAIN");
        assertTrue(note.known());
        assertEquals("An old, non-standard way of announcing AUTH (with \"=\"), kept for very old clients such as Outlook"
                + " Express; the AUTH line means the same. Mechanisms: LOGIN (user name, then password, each asked for and"
                + " sent in base64), PLAIN (user name and password in one base64 line).", note.explanation());
    }

    @Test
    void deliverbyWithANumberNamesTheShortestLimit() {
        assertEquals("You can ask for delivery within a time limit with BY= on MAIL FROM; the shortest limit it accepts"
                + " is 240 seconds (RFC 2852).", note("DELIVERBY 240").explanation());
    }

    @Test
    void anUnknownKeywordIsFlaggedUnknownNotDropped() {
        Explanation e = ehlo("PIPELINING", "FROBNICATE 3", "HELP");
        assertEquals(List.of("PIPELINING", "FROBNICATE", "HELP"), e.capabilities().stream().map(CapabilityNote::keyword).toList());
        CapabilityNote unknown = e.capabilities().get(1);
        assertFalse(unknown.known());
        assertEquals(List.of("3"), unknown.params());
        assertEquals("The tutor does not know the extension FROBNICATE; a client simply does not use an extension it"
                + " does not know.", unknown.explanation());
        assertEquals(List.of("FROBNICATE"), e.unknownCapabilities());
    }

    @Test
    void anUnknownXKeywordIsFlaggedAsAVendorsPrivateExtension() {
        CapabilityNote note = note("X-ACME-TURBO");
        assertFalse(note.known());
        assertEquals("The tutor does not know X-ACME-TURBO; names starting with X are private to one vendor's software"
                + " (RFC 5321 section 2.2.2), and a client that does not know it leaves it alone.", note.explanation());
    }

    @Test
    void keywordsAreComparedWithoutRegardToCase() {
        assertTrue(note("8bitmime").known());
    }

    @Test
    void anEhloReplyWithoutExtensionsSaysSo() {
        Explanation e = ehlo();
        assertEquals(List.of(), e.capabilities());
        assertEquals(List.of("The server announces no extensions: plain SMTP only."), e.notes());
    }

    @Test
    void aMultiLineTwoFiftyWithoutContextIsReadAsAnEhloReplyByItsShape() {
        Explanation e = Explainer.standard().explain(Reply.multiline(250, List.of("mx.example.test", "PIPELINING")),
                ReplyContext.none());
        assertEquals(List.of("PIPELINING"), e.capabilities().stream().map(CapabilityNote::keyword).toList());
    }

    @Test
    void aMultiLineTwoFiftyWithEnhancedCodesIsNotAnEhloReply() {
        Reply reply = Reply.of(250, "2.1.5", "<a@example.test>... Recipient ok", "and more");
        assertEquals(List.of(), Explainer.standard().explain(reply, ReplyContext.none()).capabilities());
    }

    @Test
    void aTwoFiftyToAnotherCommandHasNoCapabilities() {
        Reply reply = Reply.multiline(250, List.of("mx.example.test", "PIPELINING"));
        assertEquals(List.of(), Explainer.standard().explain(reply,
                ReplyContext.afterLine("NOOP", SmtpState.GREETED)).capabilities());
    }
}
