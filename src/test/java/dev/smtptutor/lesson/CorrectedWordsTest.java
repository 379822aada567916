package dev.smtptutor.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The words issue 17 corrected: for each, the text key (or lesson, or scenario file) and the RFC
 * section or Postfix behaviour it now cites, and where useful the wrong claim that must not return.
 */
class CorrectedWordsTest {

    private static String key(String resource, String key) {
        Properties properties = new Properties();
        try (InputStream in = CorrectedWordsTest.class.getResourceAsStream("/dev/smtptutor/" + resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(key);
        assertNotNull(value, resource + " " + key);
        return value;
    }

    private static String file(String resource) {
        try (InputStream in = CorrectedWordsTest.class.getResourceAsStream("/dev/smtptutor/" + resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a learner reads in a lesson: intro, and each step's text, hints, explain and mistakes. */
    private static String lesson(int number) {
        try {
            Lesson lesson = LessonLibrary.bundled().lessons().stream().filter(l -> l.number() == number).findFirst()
                    .orElseThrow();
            return lesson.intro() + "\n" + lesson.steps().stream().map(s -> String.join("\n", s.text(), s.explain(),
                    String.join("\n", s.hints()), s.mistakes().stream().map(Mistake::why).collect(Collectors.joining("\n"))))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void has(String text, String... fragments) {
        String flat = text.replaceAll("\\s+", " ");
        for (String fragment : fragments) {
            assertTrue(flat.contains(fragment), "missing \"" + fragment + "\" in:\n" + text);
        }
    }

    private static void lacks(String text, String wrong) {
        assertFalse(text.replaceAll("\\s+", " ").contains(wrong), "still says \"" + wrong + "\":\n" + text);
    }

    @Test
    void correction1_onlySubmissionServersMayDemandTls() {
        has(lesson(8), "RFC 3207 section 4", "only EHLO, STARTTLS, NOOP and QUIT", "MTA-STS (RFC 8461)", "DANE (RFC 7672)");
        lacks(lesson(8), "more and more servers between domains");
        has(file("scenarios/tls-required.yaml"), "RFC 3207 §4 forbids a publicly referenced MX to require TLS");
    }

    @Test
    void correction2_mxAnswersAreToldApart() {
        has(key("shell/messages.properties", "mx.none"), "exists but has no MX records", "RFC 5321 section 5.1");
        lacks(key("shell/messages.properties", "mx.none"), "did not answer");
        has(key("shell/messages.properties", "mx.nxdomain"), "RFC 5321 section 5.1");
        has(key("shell/messages.properties", "mx.try-later"), "RFC 5321 section 4.5.4.1");
        has(key("shell/messages.properties", "mx.null"), "RFC 7505", "556 5.1.10");
        has(key("shell/messages.properties", "mx.found"), "in random order");
    }

    @Test
    void correction3_smugglingDirectionAndPostfixDefaults() {
        has(lesson(14), "smtpd_forbid_bare_newline = normalize", "smtpd_forbid_bare_newline_reject_code", "our teaching choice",
                "the receiving (inbound) server is lax and ends DATA there");
        lacks(lesson(14), "passes a lax server into a strict one");
        has(file("scenarios/lenient.yaml"), "normalize", "550", "smtp-tutor's teaching choice");
        lacks(file("scenarios/lenient.yaml"), "as Postfix 3.9 does");
    }

    @Test
    void correction4_xoauth2ErrorsAreAnsweredWithAnEmptyLine() {
        has(key("explain/challenges.properties", "oauth-error.next"), "empty line", "535 5.7.8", "RFC 7628 section 3.2.3",
                "501 5.7.0, RFC 4954 section 4");
        has(lesson(15), "answer with an empty line", "RFC 7628 section 3.2.3", "501 5.7.0, RFC 4954 section 4");
        lacks(lesson(15), "answer with a line holding only *");
    }

    @Test
    void correction5_theLessonsSayWhyFromAndDateAreThere() {
        has(lesson(2), "RFC 5322 section 3.6");
        has(lesson(10), "MIME-Version: 1.0", "RFC 2045 section 4");
    }

    @Test
    void correction6_pipeliningGroupsAreExplained() {
        has(key("shell/messages.properties", "smtp.pipelining-split"), "RFC 2920 section 3.1",
                "EHLO, DATA, VRFY, EXPN, TURN, QUIT and NOOP", "RFC 4954 section 4");
    }

    @Test
    void correction7_rcptBeforeMailIsASequenceError() {
        has(lesson(5), "RFC 5321 section 3.3", "checks the order first");
        lacks(lesson(5), "That is a syntax error (501) rather than a sequence error");
    }

    @Test
    void correction8_vrfySectionsAnd252() {
        has(key("explain/in-context.properties", "553.VRFY"), "RFC 5321 section 3.5.1");
        has(key("explain/in-context.properties", "502.VRFY"), "RFC 5321 section 7.3", "must answer 252");
        lacks(key("explain/in-context.properties", "502.VRFY"), "as on most");
        has(key("explain/replies.properties", "code.502"), "RFC 5321 section 7.3");
        has(lesson(9), "RFC 5321 section 7.3");
        has(file("scenarios/vrfy-enabled.yaml"), "§3.5.2");
    }

    @Test
    void correction9_relayRefusalsOfOtherServers() {
        has(lesson(13), "relay_domains_reject_code", "550 5.7.54");
        lacks(lesson(13), "exactly what a properly configured server says");
        has(lesson(5), "relay_domains_reject_code", "550");
        has(key("explain/in-context.properties", "554.RCPT"), "relay_domains_reject_code", "550");
    }

    @Test
    void correction10_receiversCheckTheDomainSubmissionServersTheLogin() {
        has(lesson(2), "SPF, DKIM and DMARC (lesson 18)");
        lacks(lesson(2), "Lesson 6 shows how a server checks who you are");
        has(lesson(6), "reject_sender_login_mismatch", "553 5.7.1");
    }

    @Test
    void correction11_quotaCitesTheRightSections() {
        String mailboxFull = file("scenarios/mailbox-full.yaml");
        lacks(mailboxFull, "4.5.3.1.10");
        has(mailboxFull, "RFC 5321 §4.2.2", "RFC 3463");
    }

    @Test
    void correction12_notEverySmtpVerbHasFourLetters() throws IOException {
        for (Lesson lesson : LessonLibrary.bundled().lessons()) {
            lacks(lesson(lesson.number()), "SMTP verbs are four letters long");
        }
        has(lesson(1), "only later extensions such as STARTTLS are longer");
    }

    @Test
    void correction13_whatTheCertificateMatchedAndAuthOnlyInTlsIsAChoice() {
        has(lesson(8), "127.0.0.1", "IP entry is what matched", "RFC 9525", "smtpd_tls_auth_only");
        lacks(lesson(8), "the name you connected to");
        has(lesson(6), "not every server does");
    }

    @Test
    void correction14_theWordsSayWhatTheServerDoes() {
        has(key("explain/in-context.properties", "250.HELO"), "still take STARTTLS after HELO", "RFC 5321 section 4.1.1.1");
        has(key("explain/replies.properties", "code.501"), "strict_rfc821_envelopes", "RFC 5321 section 4.1.2");
        lacks(key("explain/replies.properties", "code.501"), "MAIL FROM without angle brackets.");
    }

    @Test
    void correction15_timeoutsCertificatesAppPasswords() {
        has(key("client/problems.properties", "REPLY_TIMEOUT.meaning"), "postscreen", "RFC 5321 section 4.5.3.2 tells a client");
        has(key("client/problems.properties", "CERT_HOSTNAME_MISMATCH.meaning"), "RFC 9525");
        has(key("explain/replies.properties", "code.535.next"), "Microsoft 365 is retiring password logins");
        has(key("explain/enhanced.properties", "5.7.8.next"), "Microsoft 365 is retiring password logins");
    }

    @Test
    void correction16_theSmallSizeLimitIsSaidToBeBelowTheMinimum() {
        has(file("scenarios/size-limit.yaml"), "RFC 5321 §4.5.3.1.7", "64K");
        has(lesson(10), "RFC 5321 section 4.5.3.1.7");
    }

    @Test
    void newLessonsCiteTheirRfcs() {
        has(lesson(16), "RFC 5321 section 5.1", "RFC 7505", "5068", "random order", "next MX host");
        has(lesson(17), "RFC 8314 section 3", "STARTTLS stripping", "RFC 3207 section 6");
        has(lesson(18), "RFC 7208", "RFC 6376", "RFC 7489", "alignment", "5.7.25", "5.7.509");
        has(lesson(19), "RFC 7435", "RFC 8461", "RFC 7672", "RFC 8460");
        has(lesson(20), "RFC 5321 section 3.1", "RFC 7504", "backscatter", "100 recipients", "64K octets");
    }
}
