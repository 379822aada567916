package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplanationJsonTest {

    private final Explainer explainer = Explainer.standard();

    @Test
    void stringsEscapeQuotesBackslashesControlCharactersAndJavaScriptLineEnds() {
        assertEquals("[\"say \\\"hi\\\" \\\\ there\\r\\n\\t\\u0000\\u001B\\u2028\\u2029 ñ\"]",
                ExplanationJson.write(List.of("say \"hi\" \\ there\r\n\t\u0000\u001b\u2028\u2029 ñ")));
    }

    @Test
    void everyEscapedStringReadsBackToItself() throws Exception {
        String tricky = "\"\\/\b\f\n\r\t\u0001\u007f\u2029 é 😀";
        assertEquals(List.of(tricky), JSON.std.listFrom(ExplanationJson.write(List.of(tricky))));
    }

    @Test
    void fieldsKeepTheirOrderAndAbsentOnesAreWrittenAsNull() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("b", 1);
        fields.put("a", null);
        fields.put("c", List.of(true, "x"));
        assertEquals("{\"b\":1,\"a\":null,\"c\":[true,\"x\"]}", ExplanationJson.write(fields));
    }

    @Test
    void anExplanationIsOneLineOfJsonWithTheRequiredKeys() throws Exception {
        Explanation e = explainer.explain(Reply.of(550, "5.1.1", "<x@y>: User \"unknown\""), ReplyContext.none());
        String json = ExplanationJson.of(e);
        assertFalse(json.contains("\n"));
        Map<String, Object> object = JSON.std.mapFrom(json);
        assertEquals(550, object.get("code"));
        assertEquals("Permanent Negative Completion", object.get("class"));
        assertEquals("5.1.1", object.get("enhanced"));
        assertEquals("Bad destination mailbox address", object.get("enhanced_title"));
        assertEquals(e.summary(), object.get("meaning"));
        assertEquals(e.next(), object.get("next"));
        assertEquals(List.of("550 5.1.1 <x@y>: User \"unknown\""), object.get("reply"));
        assertEquals(null, object.get("context"));
        assertEquals(true, object.get("specific"));
    }

    @Test
    void absentPartsAreNull() throws Exception {
        Map<String, Object> object = JSON.std.mapFrom(ExplanationJson.of(explainer.explain(Reply.of(299, "?"),
                ReplyContext.none())));
        assertEquals(null, object.get("enhanced"));
        assertEquals(null, object.get("enhanced_title"));
        assertEquals(null, object.get("rfc"));
        assertEquals(null, object.get("challenge"));
        assertEquals(false, object.get("specific"));
    }

    @Test
    void capabilitiesAndChallengesAreIncluded() throws Exception {
        Map<String, Object> ehlo = JSON.std.mapFrom(ExplanationJson.of(explainer.explain(
                Reply.multiline(250, List.of("mx.example.test", "SIZE 1024", "WHATEVER")),
                ReplyContext.afterLine("EHLO c.example", SmtpState.CONNECTED))));
        assertEquals(List.of(
                Map.of("keyword", "SIZE", "params", List.of("1024"), "known", true, "explanation",
                        "Messages up to 1024 octets (1 KiB) are accepted; announce your message's size with SIZE= on MAIL"
                                + " FROM to be refused early (RFC 1870)."),
                Map.of("keyword", "WHATEVER", "params", List.of(), "known", false, "explanation",
                        "The tutor does not know the extension WHATEVER; a client simply does not use an extension it"
                                + " does not know.")), ehlo.get("capabilities"));
        Map<String, Object> auth = JSON.std.mapFrom(ExplanationJson.of(explainer.explain(Reply.of(334, "VXNlcm5hbWU6"),
                ReplyContext.afterLine("AUTH LOGIN", SmtpState.GREETED))));
        assertEquals("Username:", auth.get("challenge"));
    }
}
