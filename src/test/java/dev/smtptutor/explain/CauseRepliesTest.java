package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.ReplyParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reply for every cause and every provider code of causes.tsv (cause-replies.tsv, written for this test
 * in the wording the providers document), each explained to the expected cause and words.
 */
class CauseRepliesTest {

    private final Explainer explainer = Explainer.standard();

    static Stream<Arguments> replies() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CauseRepliesTest.class.getResourceAsStream("/dev/smtptutor/explain/cause-replies.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.add(Arguments.of(cells[0], cells[1], cells[2]));
            }
        }
        return out.stream();
    }

    static Reply reply(String wire) {
        ReplyParser parser = new ReplyParser();
        for (String line : wire.split(" \\\\n ")) {
            if (parser.accept(line.strip()) instanceof ReplyParser.Complete complete) {
                return complete.reply();
            }
        }
        throw new IllegalArgumentException("not a reply: " + wire);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("replies")
    void replyRevealsItsCause(String id, String key, String wire) {
        Optional<Cause> cause = explainer.explain(reply(wire), ReplyContext.none()).cause();
        assertTrue(cause.isPresent(), wire);
        assertEquals(id + " " + key, cause.get().id() + " " + cause.get().key(), wire);
    }

    @Test
    void theBlocklistAndTheIpAreNamed() {
        Explanation e = explainer.explain(reply("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org"),
                ReplyContext.none());
        assertEquals("Your sending IP 192.0.2.1 is listed on Spamhaus ZEN, so the receiving server refuses it; check it at"
                + " https://check.spamhaus.org/", e.cause().orElseThrow().words());
        assertEquals(List.of("550 5.7.1: Not allowed by policy: relaying refused because you are not logged in, a blocked"
                        + " sender, or content judged to be spam.", "cause: " + e.cause().get().words()),
                ExplanationText.lines(e, ExplanationText.Detail.SHORT));
    }

    @Test
    void eachListIsNamedAsItIs() {
        assertEquals("Your sending IP 192.0.2.1 is listed on Barracuda Reputation Block List, so the receiving server"
                        + " refuses it; check it at https://www.barracudacentral.org/lookups",
                cause("554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation").words());
        assertTrue(cause("554 5.7.1 Client host [192.0.2.1] blocked using pbl.spamhaus.org").words().contains("Spamhaus PBL"));
        assertTrue(cause("554 5.7.1 Client host [192.0.2.1] blocked using bl.spamcop.net").words().contains("SpamCop"));
        assertTrue(cause("554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1").words().contains("Proofpoint"));
        assertTrue(cause("550 5.7.606 Access denied, banned sending IP [192.0.2.1].").words()
                .startsWith("Your sending IP 192.0.2.1 is on Microsoft's own block list"));
    }

    @Test
    void theDmarcDomainIsNamed() {
        assertTrue(cause("550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy.")
                .words().startsWith("Mail from example.org failed DMARC"));
    }

    @Test
    void basicAuthDisabledIsNoWrongPassword() {
        Explanation e = explainer.explain(reply("535 5.7.139 Authentication unsuccessful, basic authentication is disabled."),
                ReplyContext.afterLine("AUTH LOGIN"));
        assertTrue(e.summary().startsWith("Microsoft 365 refuses basic authentication"), e.summary());
        assertTrue(e.next().startsWith("Sign in with OAuth 2.0 (XOAUTH2)"), e.next());
    }

    @Test
    void aPositiveReplyHasNoCause() {
        assertEquals(Optional.empty(), explainer.explain(reply("250 2.0.0 Ok: queued as spam-free"), ReplyContext.none()).cause());
    }

    @Test
    void aCauseTheCodesAloneGiveIsKeptOutOfTheShortForm() {
        Explanation e = explainer.explain(reply("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"),
                ReplyContext.none());
        assertEquals("userunknown", e.cause().orElseThrow().id());
        assertEquals(1, ExplanationText.lines(e, ExplanationText.Detail.SHORT).size());
    }

    @Test
    void jsonCarriesTheCause() {
        var object = dev.smtptutor.testing.JsonLines.object(ExplanationJson.of(explainer.explain(
                reply("451 4.7.650 The mail server [198.51.100.4] has been temporarily rate limited due to IP reputation."),
                ReplyContext.none())));
        @SuppressWarnings("unchecked")
        var cause = (java.util.Map<String, Object>) object.get("cause");
        assertEquals("ratelimited", cause.get("id"));
        assertTrue(String.valueOf(cause.get("words")).contains("198.51.100.4"));
        assertTrue(cause.containsKey("sender_action") && cause.containsKey("admin_action"));
        assertEquals(451L, ((Number) object.get("code")).longValue());
    }

    private Cause cause(String wire) {
        return explainer.explain(reply(wire), ReplyContext.none()).cause().orElseThrow();
    }
}
