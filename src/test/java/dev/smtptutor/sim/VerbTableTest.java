package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.Reply;
import dev.smtptutor.protocol.SmtpState;
import dev.smtptutor.protocol.Verb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One row per verb holds the simulator's policy; the facts agree with the command reference. */
class VerbTableTest {

    /** The syntax column of the reference behind /ref, by verb (MAIL FROM and RCPT TO by their verb). */
    private static Map<Verb, String> referenceSyntax() throws IOException {
        Map<Verb, String> out = new LinkedHashMap<>();
        try (InputStream in = VerbTableTest.class.getResourceAsStream("/dev/smtptutor/explain/commands.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList();
            for (String line : lines) {
                String[] columns = line.split("\t");
                out.put(Verb.valueOf(columns[0].split(" ")[0]), columns[2]);
            }
        }
        return out;
    }

    @Test
    void everyVerbHasOneRowAndItsSyntaxIsTheReferencesSyntax() throws IOException {
        Map<Verb, String> reference = referenceSyntax();
        assertEquals(Set.of(Verb.values()), reference.keySet());
        for (VerbTable.Row row : VerbTable.all()) {
            assertEquals(reference.get(row.verb()), row.syntax(), row.verb().name());
        }
        assertEquals(List.of(Verb.values()), VerbTable.all().stream().map(VerbTable.Row::verb).toList());
    }

    @Test
    void theRowsSayWhichVerbsWorkBeforeStartTls() {
        assertEquals(List.of(Verb.EHLO, Verb.NOOP, Verb.QUIT, Verb.STARTTLS),
                VerbTable.all().stream().filter(VerbTable.Row::beforeTls).map(VerbTable.Row::verb).toList());
    }

    @Test
    void theKeywordThatOffersAVerbComesFromTheProtocolsVerb() {
        assertEquals(Optional.of(EhloKeyword.CHUNKING), VerbTable.row(Verb.BDAT).offeredBy());
        assertEquals(Optional.of(EhloKeyword.AUTH), VerbTable.row(Verb.AUTH).offeredBy());
        assertEquals(Optional.empty(), VerbTable.row(Verb.MAIL).offeredBy());
        assertEquals(Set.of(SmtpState.MAIL, SmtpState.RCPT), VerbTable.row(Verb.RCPT).allowedStates());
        assertTrue(Verb.NOOP.anyTime());
    }

    @Test
    void aDsnParameterIsTakenOnlyWhileDsnIsOffered() {
        SimSession withDsn = new SimSession(SimConfig.defaults(), new MailStore());
        SimSession without = new SimSession(SimConfig.defaults().toBuilder().dsn(false).build(), new MailStore());
        for (SimSession session : List.of(withDsn, without)) {
            session.replies("EHLO client.example");
        }
        assertEquals("250 2.1.0 Ok\r\n", last(withDsn.replies("MAIL FROM:<a@example.test> RET=HDRS")));
        assertEquals("555 5.5.4 Unsupported option: RET\r\n",
                last(without.replies("MAIL FROM:<a@example.test> RET=HDRS")));
    }

    @Test
    void helpShowsTheSyntaxAndEveryParameterFromTheRow() {
        SimSession session = new SimSession(SimConfig.defaults(), new MailStore());
        assertEquals("214 2.0.0 MAIL FROM:<address> [SIZE=n] [BODY=7BIT|8BITMIME] [SMTPUTF8] [AUTH=<mailbox>] "
                + "[RET=FULL|HDRS] [ENVID=id]\r\n", last(session.replies("HELP MAIL")));
    }

    private static String last(List<Reply> replies) {
        return replies.get(replies.size() - 1).toWire();
    }
}
