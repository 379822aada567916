package dev.smtptutor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built-in scenario's summary and description come from sim/scenarios.properties in the learner's
 * language; the English texts there are the scenario files' own words, and a teacher's file keeps its own.
 */
@ExtendWith(BackToEnglish.class)
class ScenarioWordsTest {

    @TempDir
    Path temp;

    @Test
    void theEnglishWordsAreEachBuiltInFilesOwnWordForWord() {
        Texts.use(Language.EN);
        List<String> differ = new ArrayList<>();
        for (Scenario scenario : Scenarios.builtIns()) {
            if (!ScenarioWords.summary(scenario).equals(flat(scenario.summary()))
                    || !Texts.bundle("dev/smtptutor/sim/scenarios").texts(Language.EN)
                    .containsKey(scenario.name() + ".summary")) {
                differ.add(scenario.name() + ".summary");
            }
            if (!flat(ScenarioWords.description(scenario)).equals(flat(scenario.description()))
                    || !Texts.bundle("dev/smtptutor/sim/scenarios").texts(Language.EN)
                    .containsKey(scenario.name() + ".description")) {
                differ.add(scenario.name() + ".description");
            }
        }
        assertEquals(List.of(), differ, "scenarios.properties must hold each built-in file's summary and description");
    }

    @Test
    void aBuiltInScenarioSpeaksTheLearnersLanguage() {
        Texts.use(Language.DE);
        Scenario greylist = Scenarios.builtIn("greylist");
        assertEquals("Das erste RCPT je Client, Absender und Empfänger bekommt 451 4.7.1; ein neuer Versuch 10 s"
                + " später geht durch", ScenarioWords.summary(greylist));
        Texts.use(Language.ZH);
        assertEquals("一台邮件提交服务器；MAIL 之前必须先 AUTH（530 5.7.0），而 AUTH 需要先 STARTTLS",
                ScenarioWords.summary(Scenarios.builtIn("auth-required")));
        assertTrue(ScenarioWords.description(Scenarios.builtIn("auth-required"))
                .startsWith("就像真实邮件服务商的 587 端口："), ScenarioWords.description(Scenarios.builtIn("auth-required")));
    }

    @Test
    void aTeachersOwnFileKeepsItsOwnWordsEvenUnderABuiltInName() throws IOException {
        Path file = temp.resolve("greylist.yaml");
        Files.writeString(file, "format_version: 1\nname: greylist\nsummary: Our own greylisting\n"
                + "description: Written by the teacher.\n");
        Texts.use(Language.DE);
        Scenario own = Scenarios.load(file, file.toString());
        assertEquals("Our own greylisting", ScenarioWords.summary(own));
        assertEquals("Written by the teacher.", ScenarioWords.description(own));
    }

    @Test
    void aBrokenScenarioFileIsExplainedInTheReadersLanguage() {
        Texts.use(Language.DE);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                "mine.yaml", new java.io.StringReader("format_version: 1\nname: Mine\nsummary: s\nrules:\n"
                        + "  - when: {command: RCPT}\n    then: {reply: \"250 ok\"}\n")));
        assertEquals(List.of("mine.yaml:2: 'name' muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen, wie"
                        + " 'greylist', nicht 'Mine'",
                "mine.yaml:6: die Antwort einer Regel muss 4xx oder 5xx sein, nicht 250: die positiven Antworten gibt"
                        + " der Simulator selbst"), e.problems());
    }

    private static String flat(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
