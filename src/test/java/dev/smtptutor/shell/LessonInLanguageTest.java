package dev.smtptutor.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smtptutor.text.BackToEnglish;
import dev.smtptutor.text.Language;
import dev.smtptutor.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A lesson with a Spanish translation, played to the end in a real shell in Spanish. */
@ExtendWith(BackToEnglish.class)
class LessonInLanguageTest {

    @TempDir
    Path temp;

    @Test
    void theLessonIsPlayedInTheChosenLanguagesWords() throws Exception {
        Path lessons = Files.createDirectories(temp.resolve("lessons"));
        Files.writeString(lessons.resolve("01-one.yaml"), dev.smtptutor.lesson.LessonTranslationTestFixtures.english());
        Files.writeString(lessons.resolve("01-one.es.yaml"), dev.smtptutor.lesson.LessonTranslationTestFixtures.spanish());
        Texts.use(Language.ES);
        ShellDriver.Result result = new ShellDriver(temp.resolve("home")).detail(DetailLevel.SHORT)
                .lessons(LessonOptions.standard().directory(lessons))
                .line("/lesson 1").line("HELLO client.example.test").line("EHLO client.example.test").line("QUIT").run();
        String text = result.text();
        assertTrue(text.contains("Di EHLO"), text);
        assertTrue(text.contains("Escribe EHLO con un nombre."), text);
        assertTrue(text.contains("Es EHLO."), text);
        assertTrue(text.contains("El servidor dice lo que sabe hacer."), text);
        assertTrue(text.contains("Di QUIT"), text);
        assertTrue(text.contains("2 of 2 steps done") || text.contains("2 de 2"), text);
        assertTrue(!text.contains("Say EHLO") && !text.contains("Type EHLO with a name."), text);
    }
}
