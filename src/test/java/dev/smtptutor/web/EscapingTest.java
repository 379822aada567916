package dev.smtptutor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What students sent never becomes markup or raw control characters, in the API, the pages or the report. */
class EscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void controlCharactersAndBidiOverridesAreShownEscaped() {
        assertEquals("EHLO x\\r\\nQUIT\\x00\\x1B[2J\\x7F\\x85\\u202Eabc", Visible.of("EHLO x\r\nQUIT\0\u001b[2J\u007f\u0085\u202eabc"));
        assertEquals("plain text, ünïcödé", Visible.of("plain text, ünïcödé"));
        assertEquals("line 1\nline \\x00 2\n", Visible.keepingLines("line 1\r\nline \0 2\r\n"));
    }

    @Test
    void htmlEscapesTheFiveCharactersAfterControls() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;\\r",
                Html.escape(SCRIPT + " & \"x\" 'y'\r"));
    }

    @Test
    void apiCarriesAScriptSubjectAsAStringWithControlsEscaped() throws Exception {
        FakeClass fake = new FakeClass().student("s01", "Ana", "pw");
        fake.update("s01", "MAIL FROM:<a@b>\u001b[31m", Map.of(), "0", List.of(FakeClass.session("1", "EHLO " + SCRIPT)),
                List.of(FakeClass.message("1", SCRIPT)));
        try (WebServer web = WebServer.builder(fake).start()) {
            String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.port() + "/api/students/s01")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(json.contains("\"name\":\"Subject\",\"value\":\"<script>alert(1)</script>\""), json);
            assertTrue(json.contains("\"lastCommand\":\"MAIL FROM:<a@b>\\\\x1B[31m\""), json);
            assertFalse(json.contains("\u001b"));
        }
    }

    @Test
    void pageWordsForScriptsCannotCloseTheirScriptBlock() {
        String block = JsonViews.forScriptBlock(JsonViews.words(Map.of("js.x", "</script><b>")));
        assertEquals("{\"js.x\":\"\\u003c/script\\u003e\\u003cb\\u003e\"}", block);
    }

    @Test
    void studentNamesInThePageHeadingAreEscaped() throws Exception {
        FakeClass fake = new FakeClass().student("s01", SCRIPT, "pw");
        try (WebServer web = WebServer.builder(fake).start()) {
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.port() + "/student/s01")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("<h1 id=\"heading\">s01 · &lt;script&gt;alert(1)&lt;/script&gt;</h1>"), page);
            assertFalse(page.contains(SCRIPT));
        }
    }

    @Test
    void reportShowsAScriptSubjectAsText() {
        FakeClass fake = new FakeClass().student("s01", "Ana", "pw");
        fake.update("s01", "EHLO x", Map.of(), "0", List.of(FakeClass.session("1", "Subject: " + SCRIPT + "\u0007")), List.of());
        String html = new HtmlReport(ZoneOffset.UTC).render(fake, "class-data", Instant.parse("2026-03-02T12:00:00Z"));
        assertTrue(html.contains("Subject: &lt;script&gt;alert(1)&lt;/script&gt;\\x07"), html);
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains("\u0007"));
    }
}
