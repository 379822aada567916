package dev.smtptutor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jakarta Mail builds a proper RFC 5322 message: headers, MIME structure, every non-ASCII word encoded. */
class MessageComposerTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2025-03-14T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Draft draft(String subject, String body, Optional<Path> attachment) {
        return new Draft(new MailAddress("alice@example.test", Optional.of("Jürgen Alice")),
                List.of(MailAddress.of("bob@example.test")), List.of(MailAddress.of("carol@example.test")),
                subject, body, attachment);
    }

    private static ComposedMessage compose(Draft draft) {
        return ((Checked.Ok<ComposedMessage>) new MessageComposer(NOON).compose(draft)).value();
    }

    private static ParsedMessage parse(ComposedMessage message) {
        return ((Checked.Ok<ParsedMessage>) MessageParser.parse(message.content())).value();
    }

    @Test
    void headersAreThoseOfAProperMessage() {
        ComposedMessage message = compose(draft("Hello", "Hi Bob", Optional.empty()));
        String text = message.text();
        assertTrue(text.contains("\r\nTo: bob@example.test\r\n"), text);
        assertTrue(text.contains("\r\nCc: carol@example.test\r\n"), text);
        assertTrue(text.startsWith("Date: Fri, 14 Mar 2025 12:00:00 +0000 (UTC)\r\n")
                || text.contains("\r\nDate: Fri, 14 Mar 2025 "), text);
        assertTrue(text.matches("(?s).*\r\nMessage-ID: <[^@\r\n]+@example\\.test>\r\n.*"), text);
        assertTrue(text.contains("\r\nMIME-Version: 1.0\r\n"), text);
        assertTrue(text.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"), text);
        assertTrue(text.endsWith("\r\n\r\nHi Bob\r\n"), text);
        assertEquals("alice@example.test", message.envelopeFrom());
        assertEquals(List.of("bob@example.test", "carol@example.test"), message.recipients());
    }

    @Test
    void nonAsciiSubjectNameAndBodyAreEncodedAndDecodeBack() {
        ComposedMessage message = compose(draft("Grüße aus Köln ☕", "Schöne Grüße,\nJürgen", Optional.empty()));
        String text = message.text();
        assertTrue(text.chars().allMatch(c -> c < 0x80), "only ASCII on the wire: " + text);
        assertTrue(text.contains("Subject: =?UTF-8?"), text);
        assertTrue(text.contains("From: =?UTF-8?Q?J=C3=BCrgen_Alice?= <alice@example.test>"), text);
        assertTrue(text.contains("Content-Transfer-Encoding: quoted-printable"), text);
        assertTrue(text.contains("Sch=C3=B6ne Gr=C3=BC=C3=9Fe,\r\nJ=C3=BCrgen\r\n"), text);
        ParsedMessage parsed = parse(message);
        assertEquals(Optional.of("Grüße aus Köln ☕"), parsed.header("Subject"));
        assertEquals(Optional.of("Schöne Grüße,\r\nJürgen\r\n"), parsed.body().text());
    }

    @Test
    void attachmentMakesMultipartMixedWithTextThenFile() throws IOException {
        Path file = Files.write(dir.resolve("Übersicht.csv"), "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        ParsedMessage parsed = parse(compose(draft("Report", "See the file.", Optional.of(file))));
        MimePart root = parsed.body();
        assertEquals("multipart/mixed", root.mimeType());
        assertEquals(2, root.children().size());
        MimePart text = root.children().get(0);
        assertEquals("1", text.number());
        assertEquals(Optional.of("See the file.\r\n"), text.text());
        MimePart attached = root.children().get(1);
        assertEquals("2", attached.number());
        assertEquals(Optional.of("Übersicht.csv"), attached.fileName());
        assertEquals(Optional.of("attachment"), attached.disposition());
        assertEquals(10, attached.decodedSize(), "a text file travels with CRLF line ends");
    }

    @Test
    void bareLineFeedsOfATextAttachmentBecomeCrlf() {
        assertEquals("a\r\nb\r\nc\r\n", new String(MessageComposer.crlfBytes("a\nb\r\nc\n".getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII));
    }

    @Test
    void bodyLinesEndWithCrlfWhateverWasTyped() {
        assertEquals("a\r\nb\r\n", MessageComposer.crlf("a\nb"));
        assertEquals("a\r\nb\r\n", MessageComposer.crlf("a\r\nb\r\n"));
        assertEquals("", MessageComposer.crlf(""));
    }

    @Test
    void linesAreTheMessageWithoutLineEnds() {
        ComposedMessage message = compose(draft("S", "one\n.two", Optional.empty()));
        List<String> lines = message.lines();
        assertEquals(".two", lines.get(lines.size() - 1));
        assertEquals((String.join("\r\n", lines) + "\r\n"), message.text());
    }
}
