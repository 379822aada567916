package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.protocol.SmtpState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: what a good one becomes, and the exact file:line message for each kind of mistake. */
class ScenarioLoaderTest {

    private static final String SOURCE = "scenarios/broken.yaml";
    private static final String HEAD = "format_version: 1\nname: broken\nsummary: a file with a mistake\n";

    private static List<String> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(SOURCE, yaml)).problems();
    }

    @Test
    void aFullRuleBecomesItsRecord() {
        Scenario scenario = ScenarioLoader.load(SOURCE, HEAD + """
                description: |
                  Two lines
                  of text.
                settings:
                  vrfy: answer
                  size_limit: 2048
                  idle_timeout: 30s
                  xoauth2_token: ya29.abc-DEF_1
                rules:
                  - name: strangers wait
                    when:
                      command: [MAIL, RCPT]
                      attempt: 2
                      retry_delay: 1m
                      address: "*@gmail.example"
                      state: mail
                      tls: false
                      authenticated: false
                    then:
                      delay: 250ms
                      reply: "450 4.7.1 <{address}>: try {host} later"
                      disconnect: true
                """);
        assertEquals("broken", scenario.name());
        assertEquals("Two lines\nof text.", scenario.description());
        assertEquals(VrfyPolicy.ANSWER, scenario.config().vrfyPolicy());
        assertEquals(2048, scenario.config().sizeLimit());
        assertEquals(Duration.ofSeconds(30), scenario.config().idleTimeout());
        assertEquals(Optional.of("ya29.abc-DEF_1"), scenario.config().xoauth2Token());
        Rule rule = scenario.rules().get(0);
        assertEquals("strangers wait", rule.label());
        assertEquals("scenarios/broken.yaml:13", rule.origin());
        assertEquals(new RuleCondition(Set.of(SessionEvent.MAIL, SessionEvent.RCPT), OptionalInt.of(2),
                Duration.ofMinutes(1), Optional.of(new AddressPattern("*@gmail.example")), Optional.of(SmtpState.MAIL),
                Optional.of(false), Optional.of(false)), rule.when());
        assertEquals(List.of(new RuleAction.Delay(Duration.ofMillis(250)),
                new RuleAction.Respond(ReplyTemplate.parse("450 4.7.1 <{address}>: try {host} later")),
                new RuleAction.Disconnect()), rule.then());
    }

    @Test
    void theDefaultFileIsTheDefaultConfig() {
        assertEquals(SimConfig.defaults(), Scenarios.defaultScenario().config());
        assertEquals(List.of(), Scenarios.defaultScenario().rules());
    }

    @Test
    void everyBuiltInLoadsAndIsNamedAfterItsFile() {
        assertEquals(List.of("default", "auth-required", "modern-auth", "tls-required", "greylist", "mailbox-full", "reject-relay",
                "size-limit", "vrfy-enabled", "slow", "shutdown", "lenient", "bounce", "busy-mx", "no-starttls", "sender-checks",
                "blocked-client"), Scenarios.builtInNames());
        for (Scenario scenario : Scenarios.builtIns()) {
            assertEquals("scenarios/" + scenario.name() + ".yaml", scenario.source());
            assertTrue(!scenario.summary().isEmpty() && !scenario.description().isEmpty(), scenario.name());
        }
    }

    @Test
    void unknownKeyWithASuggestion() {
        assertEquals(List.of("scenarios/broken.yaml:6: unknown key 'comand' (did you mean 'command'?)",
                "scenarios/broken.yaml:6: missing key 'command'"), problems(HEAD + """
                        rules:
                          - when:
                              comand: RCPT
                            then:
                              reply: "451 4.7.1 later"
                        """));
    }

    @Test
    void unknownKeyWithoutACloseMatchListsTheAllowedKeys() {
        assertEquals(List.of("scenarios/broken.yaml:6: unknown key 'colour' (allowed here: tls, tls_required, "
                + "auth_requires_tls, auth_required, size_limit, max_recipients, vrfy, idle_timeout, bare_newlines, "
                + "relay, dsn, chunking, enhanced_status_codes, xoauth2_token, users)"), problems(HEAD + "settings:\n  tls: true\n  colour: blue\n"));
    }

    @Test
    void missingKeysAreReportedWhereTheirMappingStarts() {
        assertEquals(List.of("scenarios/other.yaml:1: missing key 'name'", "scenarios/other.yaml:1: missing key 'summary'"),
                assertThrows(ScenarioException.class,
                        () -> ScenarioLoader.load("scenarios/other.yaml", "format_version: 1\n")).problems());
        assertEquals(List.of("scenarios/broken.yaml:6: missing key 'command'"), problems(HEAD + """
                rules:
                  - when:
                      address: "*@x.example"
                    then:
                      reply: "550 5.7.1 no"
                """));
    }

    @Test
    void badReplyLines() {
        assertEquals(List.of(
                "scenarios/broken.yaml:7: bad reply 'Greylisted': it must start with a three-digit code, like \"451 4.7.1 Try again later\"",
                "scenarios/broken.yaml:11: bad reply code 650: SMTP reply codes run from 200 to 599",
                "scenarios/broken.yaml:15: enhanced code 5.7.1 does not match reply code 451: its first digit must be 4 too (RFC 3463 §2)",
                "scenarios/broken.yaml:19: a rule's reply must be 4xx or 5xx, not 250: the simulator gives the positive replies itself",
                "scenarios/broken.yaml:23: unknown placeholder '{adress}' in reply (did you mean '{address}'?)"),
                problems(HEAD + """
                        rules:
                          - when: {command: RCPT}
                            then:
                              reply: Greylisted
                          - when:
                              command: MAIL
                            then:
                              reply: "650 no"
                          - when:
                              command: RCPT
                            then:
                              reply: "451 5.7.1 later"
                          - when:
                              command: EHLO
                            then:
                              reply: "250 fine"
                          - when:
                              command: RCPT
                            then:
                              reply: "550 5.1.1 <{adress}> unknown"
                        """));
    }

    @Test
    void badDurationsAndNumbersAndBooleans() {
        assertEquals(List.of(
                "scenarios/broken.yaml:5: 'tls' must be true or false, not 'yes'",
                "scenarios/broken.yaml:6: 'size_limit' must be a whole number from 1 up, not '10MB'",
                "scenarios/broken.yaml:7: bad duration '5 minutes' for 'idle_timeout': write a whole number and a unit, like 500ms, 2s, 5m or 1h",
                "scenarios/broken.yaml:13: bad duration '2' for 'delay': write a whole number and a unit, like 500ms, 2s, 5m or 1h"),
                problems(HEAD + """
                        settings:
                          tls: yes
                          size_limit: 10MB
                          idle_timeout: 5 minutes
                        rules:
                          - when:
                              command: "*"
                              attempt: 1
                            then:
                              delay: 2
                        """));
    }

    @Test
    void unknownCommandsAndSettingValues() {
        assertEquals(List.of(
                "scenarios/broken.yaml:5: unknown value 'anwser' for 'vrfy' (did you mean 'answer'?)",
                "scenarios/broken.yaml:6: unknown value 'sometimes' for 'relay' (one of: authenticated, never)",
                "scenarios/broken.yaml:9: unknown command 'RCTP' (did you mean 'RCPT'?)",
                "scenarios/broken.yaml:13: unknown value 'data' for 'state' (one of: connected, greeted, mail, rcpt)"),
                problems(HEAD + """
                        settings:
                          vrfy: anwser
                          relay: sometimes
                        rules:
                          - when:
                              command: [MAIL, RCTP]
                            then: {reply: "550 5.7.1 no"}
                          - when:
                              command: NOOP
                              state: data
                            then: {delay: 1s}
                        """));
    }

    @Test
    void duplicateKeysAndRuleNames() {
        assertEquals(List.of(
                "scenarios/broken.yaml:4: duplicate key 'name' (first on line 2)",
                "scenarios/broken.yaml:11: duplicate key 'reply' (first on line 10)",
                "scenarios/broken.yaml:12: duplicate rule name 'first' (first on line 6)"),
                problems(HEAD + """
                        name: again
                        rules:
                          - name: first
                            when:
                              command: RCPT
                            then:
                              reply: "451 4.7.1 one"
                              reply: "451 4.7.1 two"
                          - name: first
                            when: {command: MAIL}
                            then: {reply: "550 5.7.1 no"}
                        """));
    }

    @Test
    void rulesThatCannotWork() {
        assertEquals(List.of(
                "scenarios/broken.yaml:7: 'retry_delay' needs 'attempt': it says when a retry counts as a new attempt",
                "scenarios/broken.yaml:9: 'then' needs at least one of: delay, reply, bounce, disconnect",
                "scenarios/broken.yaml:12: 'address' does not apply to EHLO: only MAIL, RCPT, VRFY, EXPN, DATA, BDAT and MESSAGE carry addresses",
                "scenarios/broken.yaml:13: 'bounce' applies to RCPT only: it accepts a recipient whose delivery fails later",
                "scenarios/broken.yaml:13: a bounce reports a permanent failure: its reply must be 5xx, not 451",
                "scenarios/broken.yaml:16: at CONNECT the reply must be 220 (another greeting), 421 (no service now), 554 (no service"
                        + " for you, RFC 5321 §3.1) or 521 (no mail at all, RFC 7504), not 550",
                "scenarios/broken.yaml:21: a rule cannot both 'reply' and 'bounce': a bounced recipient is accepted first and fails later"),
                problems(HEAD + """
                        rules:
                          - when:
                              command: RCPT
                              retry_delay: 5s
                            then:
                              disconnect: false
                          - when:
                              command: [RCPT, EHLO]
                              address: "*"
                            then: {bounce: "451 4.1.1 later"}
                          - when:
                              command: CONNECT
                            then: {reply: "550 5.7.1 go away"}
                          - when:
                              command: RCPT
                            then:
                              reply: "550 5.1.1 no"
                              bounce: "550 5.1.1 no"
                        """));
    }

    @Test
    void settingsThatContradictEachOther() {
        assertEquals(List.of(
                "scenarios/broken.yaml:6: 'tls_required: true' needs 'tls: true': no client can start TLS that is not offered",
                "scenarios/broken.yaml:7: 'auth_required: true' with 'auth_requires_tls: true' needs 'tls: true': no client could ever authenticate"),
                problems(HEAD + "settings:\n  tls: false\n  tls_required: true\n  auth_required: true\n"));
    }

    @Test
    void wrongShapesAndVersions() {
        assertEquals(List.of(
                "scenarios/broken.yaml:1: format_version 2 is not supported: this smtp-tutor reads format_version 1",
                "scenarios/broken.yaml:2: 'name' must be lower-case letters, digits and hyphens, like 'greylist', not 'My Scenario'",
                "scenarios/broken.yaml:4: 'settings' must be a mapping of keys to values, not a list",
                "scenarios/broken.yaml:5: 'rules' must be a list (items start with '- '), not 'none'"),
                problems("format_version: 2\nname: My Scenario\nsummary: x\nsettings: [tls]\nrules: none\n"));
        assertEquals(List.of("scenarios/broken.yaml:1: the file is empty: a scenario starts with 'format_version: 1'"),
                problems("# only a comment\n"));
        assertEquals(List.of("scenarios/broken.yaml:1: a scenario is a mapping of keys (format_version, name, summary, "
                + "settings, rules), not a list"), problems("- format_version: 1\n"));
    }

    @Test
    void yamlSyntaxErrorsCarryTheirLine() {
        assertEquals(List.of("scenarios/broken.yaml:5: YAML syntax error: a tab character; YAML is indented with spaces only"),
                problems(HEAD + "rules:\n\t- when: x\n"));
        // "then" indented one space less than "when"'s keys: the line of the mistake, not of the file's end.
        assertEquals(List.of("scenarios/broken.yaml:7: YAML syntax error: expected <block end>, but found '<block mapping start>'"),
                problems(HEAD + "rules:\n  - when:\n      command: RCPT\n     then: {}\n"));
    }

    @Test
    void aFileIsNamedAsTheUserWroteItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("class.yaml");
        Files.writeString(file, HEAD + "settings:\n  dsn: maybe\n", StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.find(file.toString()));
        assertEquals(file + ":5: 'dsn' must be true or false, not 'maybe'", e.getMessage());
        Files.writeString(file, HEAD + "settings:\n  dsn: false\n", StandardCharsets.UTF_8);
        assertEquals(file.toString(), Scenarios.find(file.toString()).source());
    }

    @Test
    void namesFindBuiltInsAndUnknownNamesListThem() {
        assertEquals("greylist", Scenarios.find("greylist").name());
        assertEquals("no scenario named 'greylst' (did you mean 'greylist'?) and no file of that name; built-in scenarios: "
                + "default, auth-required, modern-auth, tls-required, greylist, mailbox-full, reject-relay, size-limit, vrfy-enabled, "
                + "slow, shutdown, lenient, bounce, busy-mx, no-starttls, sender-checks, blocked-client", assertThrows(ScenarioException.class,
                        () -> Scenarios.find("greylst")).getMessage());
        assertEquals("no/such.yaml: no such file (and no built-in scenario has that name: default, auth-required, "
                + "modern-auth, tls-required, greylist, mailbox-full, reject-relay, size-limit, vrfy-enabled, slow, shutdown, lenient, "
                + "bounce, busy-mx, no-starttls, sender-checks, blocked-client)", assertThrows(ScenarioException.class, () -> Scenarios.find("no/such.yaml")).getMessage());
    }
}
