package dev.smtptutor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** causes.tsv, blocklists.tsv and causes.properties agree with each other. */
class CausesTest {

    private final CauseFinder finder = CauseFinder.load();

    @Test
    void everyRowHasItsThreeTexts() {
        for (CauseRule rule : finder.rules()) {
            for (String part : new String[] {"words", "sender", "admin"}) {
                assertTrue(finder.words().get("cause." + rule.key() + "." + part).isPresent(),
                        "causes.tsv:" + rule.line() + ": no cause." + rule.key() + "." + part + " in causes.properties");
            }
        }
    }

    @Test
    void everyCauseTextIsUsedByARow() {
        Set<String> keys = finder.rules().stream().map(CauseRule::key).collect(Collectors.toSet());
        Set<String> unused = new TreeSet<>();
        for (String key : finder.words().keys()) {
            if (key.startsWith("cause.")) {
                String rowKey = key.substring("cause.".length(), key.lastIndexOf('.'));
                if (!keys.contains(rowKey)) {
                    unused.add(key);
                }
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void theCausesTheIssueAsksForAreAllThere() {
        Set<String> ids = finder.rules().stream().map(CauseRule::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("userunknown", "hostunknown", "mailboxfull", "mesgtoobig", "greylisted",
                "ratelimited", "blocklisted", "blocked", "spf-fail", "dkim-fail", "dmarc-policy", "notauthenticated-sender",
                "ptr-missing", "helo-rejected", "relaying-denied", "auth-required", "authfailure", "basic-auth-disabled",
                "tls-required", "securityerror", "spamdetected", "virusdetected", "policyviolation", "expired",
                "toomanyrcpts", "syntaxerror", "systemerror", "unregistered-code")), ids.toString());
    }

    @Test
    void theFilesOpenWithADeveloperNote() {
        for (String file : new String[] {"causes.tsv", "blocklists.tsv", "causes.properties"}) {
            assertTrue(Resources.text(file).startsWith("# smtp-tutor knowledge: "), file);
        }
    }

    @Test
    void aCodeOnlyRowIsWeakerThanWords() {
        assertTrue(finder.find(550, dev.smtptutor.protocol.EnhancedStatusCode.parse("5.1.1"), "").isPresent());
        assertTrue(!finder.find(550, dev.smtptutor.protocol.EnhancedStatusCode.parse("5.1.1"), "").get().fromWords());
    }
}
