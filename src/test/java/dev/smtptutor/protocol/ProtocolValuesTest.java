package dev.smtptutor.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolValuesTest {

    @Test
    void enhancedStatusCodeParsesAndNamesItsRegistryKeys() {
        EnhancedStatusCode code = EnhancedStatusCode.parse("5.1.10").orElseThrow();
        assertEquals("X.1.10", code.registryKey());
        assertEquals("X.1.YYY", code.subjectKey());
        assertEquals("5.XXX.YYY", code.classKey());
        assertTrue(EnhancedStatusCode.parse("3.1.1").isEmpty());
        assertTrue(EnhancedStatusCode.parse("5.1.1000").isEmpty());
    }

    @Test
    void ehloResponseListsExtensionsAndMechanisms() {
        Reply reply = Reply.multiline(250, List.of("smtp.example.com at your service", "SIZE 35882577",
                "8BITMIME", "AUTH LOGIN PLAIN XOAUTH2", "ENHANCEDSTATUSCODES", "PIPELINING"));
        EhloResponse ehlo = EhloResponse.of(reply).orElseThrow();
        assertEquals("smtp.example.com", ehlo.serverName());
        assertEquals(35882577L, ehlo.sizeLimit().getAsLong());
        assertEquals(List.of("LOGIN", "PLAIN", "XOAUTH2"), ehlo.authMechanisms());
        assertTrue(ehlo.supports("pipelining"));
        assertTrue(ehlo.extension("STARTTLS").isEmpty());
    }

    @Test
    void dotStuffingDoublesLeadingPeriodsAndEndsWithDot() {
        byte[] wire = DotStuffing.encode(".hidden\nnormal\r\n..two".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals("..hidden\r\nnormal\r\n...two\r\n.\r\n".getBytes(StandardCharsets.US_ASCII), wire);
        assertEquals(".x", DotStuffing.unstuffLine("..x"));
        assertEquals("..x", DotStuffing.stuffLine(".x"));
        assertTrue(DotStuffing.isEndOfData("."));
    }

    @Test
    void plainCredentialsEncodeAsRfc4616Says() {
        assertEquals("AGFsaWNlAHdvbmRlcmxhbmQ=", SaslCodec.plain("alice", "wonderland"));
        SaslCodec.PlainCredentials decoded = SaslCodec.decodePlain("AGFsaWNlAHdvbmRlcmxhbmQ=").orElseThrow();
        assertEquals(new SaslCodec.PlainCredentials("", "alice", "wonderland"), decoded);
        assertTrue(SaslCodec.decodePlain(SaslCodec.base64("no nul bytes")).isEmpty());
        assertTrue(SaslCodec.unbase64("!!!").isEmpty());
    }

    @Test
    void cramMd5MatchesTheExampleOfRfc2195() {
        String response = SaslCodec.cramMd5Response("tim", "tanstaaftanstaaf",
                "<1896.697170952@postoffice.reston.mci.net>");
        assertEquals("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw", response);
    }

    @Test
    void replyWireFormMarksContinuationLines() {
        Reply reply = Reply.of(214, "2.0.0", "one", "two");
        assertEquals("214-2.0.0 one\r\n214 2.0.0 two\r\n", reply.toWire());
        assertEquals("one\ntwo", reply.text());
        assertEquals(ReplyClass.POSITIVE_COMPLETION, reply.replyClass());
    }
}
